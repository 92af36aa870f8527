package cn.gov.xinbei.pfp.migrantarrival.process;

import cn.gov.xinbei.pfp.casefile.CaseStart;
import cn.gov.xinbei.pfp.migrantarrival.MigrantArrivalService;
import cn.gov.xinbei.pfp.migrantarrival.domain.ArrivalRegistration;
import cn.gov.xinbei.pfp.shared.process.ProcessActor;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The HR station's path into migrantArrival: the system's start (message start event, in the upload's transaction)
 * and the town's 登记核实 (a bad entry keeps the task open with the message at its field).
 */
@Configuration
public class HrReportGlue {

    @Bean("registerHrReportedArrival")
    ExecutionListener registerHrReportedArrival(MigrantArrivalService service, CaseStart caseStart) {
        return execution -> {
            MigrantArrivalService.Registered registered = service.registerFromHrReport(execution.getVariables(),
                    ProcessActor.userId(execution));
            caseStart.started(execution, registered.caseFile(), registered.town());
            String masked = registered.caseFile().getParties().get(0).getIdNumberMasked();
            execution.setVariable("migrantIdNumber", masked);
            execution.setVariable("hrReportSummary", registered.caseFile().getTitle() + "。"
                    + service.details(registered.caseFile().getCaseNumber()).hrReportSummary());
        };
    }

    @Bean("migrantHrReportChecked")
    TaskListener migrantHrReportChecked(MigrantArrivalService service) {
        return task -> {
            ArrivalRegistration r = service.completeHrRegistration(task.getExecution().getProcessBusinessKey(),
                    task.getVariables(), ProcessActor.userId(task));
            task.getExecution().setVariable("certificatePresented", r.certificatePresented());
            task.getExecution().setVariable("arrivalSummary", r.summary());
            task.getExecution().setVariable("certificateSummary", r.certificateSummary());
        };
    }
}
