package cn.gov.xinbei.pfp.secondchild.process;

import cn.gov.xinbei.pfp.casefile.CaseAuthorizations;
import cn.gov.xinbei.pfp.secondchild.SecondChildService;
import cn.gov.xinbei.pfp.secondchild.domain.SecondChildApplication;
import cn.gov.xinbei.pfp.shared.process.ProcessActor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;


/**
 * Start of a second-child application: checks and registers it in the same transaction as the start, so a refused
 * application leaves no process and no case behind. The case number becomes the business key; the ID numbers in
 * the variables are replaced by their masked form (the full numbers stay in the case file only).
 */
@Component("registerApplication")
public class RegisterApplicationListener implements ExecutionListener {

    private final SecondChildService service;
    private final CaseAuthorizations caseAuthorizations;

    public RegisterApplicationListener(SecondChildService service, CaseAuthorizations caseAuthorizations) {
        this.service = service;
        this.caseAuthorizations = caseAuthorizations;
    }

    @Override
    public void notify(DelegateExecution execution) {
        SecondChildService.Registration registration = service.register(execution.getVariables(),
                ProcessActor.userId(execution), ProcessActor.groups(execution));
        registration.caseFile().linkProcessInstance(execution.getProcessInstanceId());
        execution.setProcessBusinessKey(registration.caseFile().getCaseNumber());
        caseAuthorizations.grantTownRead(execution.getProcessInstanceId(), registration.town().slug());

        SecondChildApplication application = registration.application();
        execution.setVariable("caseNumber", registration.caseFile().getCaseNumber());
        execution.setVariable("caseTitle", registration.caseFile().getTitle());
        execution.setVariable("townName", registration.town().name());
        // The article of the rule version in force on the application date (the 2014 text renumbered the items).
        execution.setVariable("conditionSummary", registration.eligibility().article() + "：" + application.condition().summary());
        execution.setVariable("wifeIdNumber", application.wife().idNumber().masked());
        execution.setVariable("husbandIdNumber", application.husband().idNumber().masked());
        execution.setVariable("womanAge", application.womanAge());
        execution.setVariables(SecondChildVariables.eligibility(registration.eligibility()));
        execution.setVariable("missingDocuments", SecondChildService.describe(application.missingDocuments()));
        execution.setVariable("correctionItems", SecondChildService.describe(application.missingDocuments()));
    }

}
