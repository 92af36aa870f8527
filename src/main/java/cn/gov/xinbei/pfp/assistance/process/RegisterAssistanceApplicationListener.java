package cn.gov.xinbei.pfp.assistance.process;

import cn.gov.xinbei.pfp.assistance.AssistanceRegistration;
import cn.gov.xinbei.pfp.assistance.domain.AssistanceApplication;
import cn.gov.xinbei.pfp.assistance.domain.AssistanceApplicationReader;
import cn.gov.xinbei.pfp.casefile.CaseStart;
import cn.gov.xinbei.pfp.shared.process.ProcessActor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of an assistance application: checks, evaluates and registers it in the same transaction as the start, so a
 * refused application (with the rule that failed) leaves no process and no case behind. The case number becomes the
 * business key; the ID numbers in the variables are replaced by their masked form.
 */
@Component("registerAssistanceApplication")
public class RegisterAssistanceApplicationListener implements ExecutionListener {

    private final AssistanceRegistration registrations;
    private final CaseStart caseStart;

    public RegisterAssistanceApplicationListener(AssistanceRegistration registrations, CaseStart caseStart) {
        this.registrations = registrations;
        this.caseStart = caseStart;
    }

    @Override
    public void notify(DelegateExecution execution) {
        AssistanceRegistration.Registration registration = registrations.register(execution.getVariables(),
                ProcessActor.userId(execution), ProcessActor.groups(execution));
        caseStart.started(execution, registration.caseFile(), registration.town());
        AssistanceApplication application = registration.application();
        execution.setVariable("schemeName", application.scheme().chineseName());
        execution.setVariable("applicantIdNumber", application.applicantIdNumber().masked());
        if (application.hasSpouse()) {
            execution.setVariable("spouseIdNumber", application.spouseIdNumber().masked());
        }
        execution.setVariables(AssistanceVariables.eligibility(registration.eligibility()));
        // The account number is kept in the case record only; the variables (and their history) hold the masked form.
        execution.setVariable(AssistanceApplicationReader.BANK_ACCOUNT, application.bankAccount().masked());
        execution.setVariable("agentBankName", application.bankAccount().bank().name());
    }
}
