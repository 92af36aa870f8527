package cn.gov.xinbei.pfp.assistance.process;

import cn.gov.xinbei.pfp.assistance.AssistanceCaseService;
import cn.gov.xinbei.pfp.assistance.domain.AssistanceApplication;
import cn.gov.xinbei.pfp.assistance.domain.AssistanceApplicationReader;
import cn.gov.xinbei.pfp.casefile.CaseAuthorizations;
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

    private final AssistanceCaseService service;
    private final CaseAuthorizations caseAuthorizations;

    public RegisterAssistanceApplicationListener(AssistanceCaseService service, CaseAuthorizations caseAuthorizations) {
        this.service = service;
        this.caseAuthorizations = caseAuthorizations;
    }

    @Override
    public void notify(DelegateExecution execution) {
        AssistanceCaseService.Registration registration = service.register(execution.getVariables(),
                ProcessActor.userId(execution), ProcessActor.groups(execution));
        registration.caseFile().linkProcessInstance(execution.getProcessInstanceId());
        execution.setProcessBusinessKey(registration.caseFile().getCaseNumber());
        // The town's clerks and head read the case in the webapps, as for every case kind with a town.
        caseAuthorizations.grantTownRead(execution.getProcessInstanceId(), registration.town().slug());
        AssistanceApplication application = registration.application();
        execution.setVariable("caseNumber", registration.caseFile().getCaseNumber());
        execution.setVariable("caseTitle", registration.caseFile().getTitle());
        execution.setVariable("townName", registration.town().name());
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
