package cn.gov.xinbei.pfp.migrantcertificate.process;

import cn.gov.xinbei.pfp.casefile.CaseStart;
import cn.gov.xinbei.pfp.migrantcertificate.MigrantCertificateService;
import cn.gov.xinbei.pfp.migrantcertificate.domain.CertificateApplication;
import cn.gov.xinbei.pfp.shared.process.ProcessActor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * Start of a 婚育证明 application: checks and records it in the start's transaction, so a refused application leaves
 * no process and no case behind. The case number becomes the business key; ID numbers in the variables are masked
 * (the full numbers stay in the case file), and the phone number is kept out of the engine.
 */
@Component("applyForMigrantCertificate")
public class ApplyForCertificateListener implements ExecutionListener {

    private static final String CONTACT = "contactPhone";

    private final MigrantCertificateService service;
    private final CaseStart caseStart;

    public ApplyForCertificateListener(MigrantCertificateService service, CaseStart caseStart) {
        this.service = service;
        this.caseStart = caseStart;
    }

    @Override
    public void notify(DelegateExecution execution) {
        MigrantCertificateService.Application registered = service.apply(execution.getVariables(),
                ProcessActor.userId(execution), ProcessActor.groups(execution));
        caseStart.started(execution, registered.caseFile(), registered.town());

        CertificateApplication application = registered.application();
        execution.setVariable("familySummary", application.familySummary());
        execution.setVariable("destinationSummary", application.destinationSummary());
        execution.setVariable("documentsSummary", application.documentsSummary());
        execution.setVariable("caseFileFacts", registered.caseFileFacts());
        execution.setVariable("applicantIdNumber", application.applicant().idNumber().masked());
        if (application.spouse() != null) {
            execution.setVariable("spouseIdNumber", application.spouse().idNumber().masked());
        }
        forgetContact(execution);
    }

    /** The phone number stays in the case record only: emptied (history keeps the last value), removed. */
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
