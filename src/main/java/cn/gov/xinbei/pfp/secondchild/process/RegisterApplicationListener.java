package cn.gov.xinbei.pfp.secondchild.process;

import cn.gov.xinbei.pfp.casefile.CaseStart;
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
    private final CaseStart caseStart;

    public RegisterApplicationListener(SecondChildService service, CaseStart caseStart) {
        this.service = service;
        this.caseStart = caseStart;
    }

    @Override
    public void notify(DelegateExecution execution) {
        SecondChildService.Registration registration = service.register(execution.getVariables(),
                ProcessActor.userId(execution), ProcessActor.groups(execution));
        caseStart.started(execution, registration.caseFile(), registration.town());

        SecondChildApplication application = registration.application();
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
