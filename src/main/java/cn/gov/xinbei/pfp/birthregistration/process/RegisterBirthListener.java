package cn.gov.xinbei.pfp.birthregistration.process;

import cn.gov.xinbei.pfp.birthregistration.BirthRegistrationService;
import cn.gov.xinbei.pfp.birthregistration.domain.BirthRegistrationApplication;
import cn.gov.xinbei.pfp.casefile.CaseStart;
import cn.gov.xinbei.pfp.shared.process.ProcessActor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * Start of a birth registration: checks and records it in the same transaction as the start, so a refused
 * registration leaves no process and no case behind. The case number becomes the business key; the ID numbers in
 * the variables are replaced by their masked form (the full numbers stay in the case file only), and the
 * contact phone is kept out of the engine (config/audit.yml omits it from the form history too).
 */
@Component("registerBirth")
public class RegisterBirthListener implements ExecutionListener {

    private static final String CONTACT = "contactPhone";

    private final BirthRegistrationService service;
    private final CaseStart caseStart;

    public RegisterBirthListener(BirthRegistrationService service, CaseStart caseStart) {
        this.service = service;
        this.caseStart = caseStart;
    }

    @Override
    public void notify(DelegateExecution execution) {
        BirthRegistrationService.Registration registration = service.register(execution.getVariables(),
                ProcessActor.userId(execution), ProcessActor.groups(execution));
        caseStart.started(execution, registration.caseFile(), registration.town());

        BirthRegistrationApplication application = registration.application();
        execution.setVariable("townBasisLabel", application.townBasis().label() + "：" + application.townBasisAddress());
        execution.setVariable("childSummary", application.childSummary());
        execution.setVariable("documentsSummary", application.documentsSummary());
        execution.setVariable("eligibilityArticle", registration.verdict().article());
        execution.setVariable("eligibilityReason", registration.verdict().reason());
        execution.setVariable("wifeIdNumber", application.wife().idNumber().masked());
        execution.setVariable("husbandIdNumber", application.husband().idNumber().masked());
        forgetContact(execution);
    }

    /** The couple's phone number stays in the case record only: emptied (history keeps the last value), removed. */
    private static void forgetContact(DelegateExecution execution) {
        TypedValue value = execution.getVariableTyped(CONTACT);
        if (value == null) {
            return;
        }
        if (!value.isTransient()) {
            execution.setVariable(CONTACT, null);
        }
        execution.removeVariable(CONTACT);
    }
}
