package cn.gov.xinbei.pfp.migrantarrival.process;

import cn.gov.xinbei.pfp.casefile.CaseStart;
import cn.gov.xinbei.pfp.migrantarrival.MigrantArrivalService;
import cn.gov.xinbei.pfp.migrantarrival.domain.ArrivalRegistration;
import cn.gov.xinbei.pfp.shared.process.ProcessActor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of a migrant's registration at her town of residence: checked and recorded in the start's transaction (a
 * refused registration leaves nothing behind); the ID number in the variables is masked, and whether a certificate
 * was presented is set as a yes/no for the gateway.
 */
@Component("registerMigrantArrival")
public class RegisterArrivalListener implements ExecutionListener {

    private final MigrantArrivalService service;
    private final CaseStart caseStart;

    public RegisterArrivalListener(MigrantArrivalService service, CaseStart caseStart) {
        this.service = service;
        this.caseStart = caseStart;
    }

    @Override
    public void notify(DelegateExecution execution) {
        MigrantArrivalService.Registered registered = service.register(execution.getVariables(),
                ProcessActor.userId(execution), ProcessActor.groups(execution));
        caseStart.started(execution, registered.caseFile(), registered.town());
        ArrivalRegistration r = registered.registration();
        execution.setVariable("migrantIdNumber", r.idNumber().masked());
        execution.setVariable("certificatePresented", r.certificatePresented());
        execution.setVariable("arrivalSummary", r.summary());
        execution.setVariable("certificateSummary", r.certificateSummary());
    }
}
