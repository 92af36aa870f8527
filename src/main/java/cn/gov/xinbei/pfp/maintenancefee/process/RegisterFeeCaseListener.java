package cn.gov.xinbei.pfp.maintenancefee.process;

import cn.gov.xinbei.pfp.casefile.CaseStart;
import cn.gov.xinbei.pfp.maintenancefee.FeeCaseRegistration;
import cn.gov.xinbei.pfp.residentid.ResidentIdNumber;
import cn.gov.xinbei.pfp.shared.process.ProcessActor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of a fee case: checks and registers the report in the same transaction as the start, so a refused report
 * leaves no process and no case behind. The case number becomes the business key; the ID numbers in the variables
 * are replaced by their masked form (the full numbers stay in the case file only).
 */
@Component("registerFeeCase")
public class RegisterFeeCaseListener implements ExecutionListener {

    private final FeeCaseRegistration registrations;
    private final CaseStart caseStart;

    public RegisterFeeCaseListener(FeeCaseRegistration registrations, CaseStart caseStart) {
        this.registrations = registrations;
        this.caseStart = caseStart;
    }

    @Override
    public void notify(DelegateExecution execution) {
        FeeCaseRegistration.Registration registration = registrations.register(execution.getVariables(),
                ProcessActor.userId(execution), ProcessActor.groups(execution));
        caseStart.started(execution, registration.caseFile(), registration.town());
        execution.setVariable("reportSource", registration.details().getReportSource().name());
        execution.setVariable("situationLabel", registration.details().getSituation().label() + "（"
                + registration.details().getSituation().rangeText() + "）");
        for (String field : new String[] {"fatherIdNumber", "motherIdNumber", "childIdNumber"}) {
            Object raw = execution.getVariable(field);
            if (raw != null) {
                execution.setVariable(field, ResidentIdNumber.mask(raw.toString()));
            }
        }
    }
}
