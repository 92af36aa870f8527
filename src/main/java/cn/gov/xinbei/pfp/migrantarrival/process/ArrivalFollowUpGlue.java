package cn.gov.xinbei.pfp.migrantarrival.process;

import cn.gov.xinbei.pfp.migrantarrival.MigrantArrivalService;
import cn.gov.xinbei.pfp.shared.process.ProcessActor;
import cn.gov.xinbei.pfp.shared.process.Variables;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The missing certificate's path: the period is over (service task), the town's follow-up (task listener). */
@Configuration
public class ArrivalFollowUpGlue {

    /** 转督促补办: the case shows that the period to present the certificate is over. */
    @Bean("migrantCertificateMissing")
    JavaDelegate migrantCertificateMissing(MigrantArrivalService service) {
        return execution -> service.submissionPeriodOver(execution.getProcessBusinessKey());
    }

    /** 督促补办婚育证明 completed: presented late, or notified to obtain one (checked here; a bad entry keeps the task). */
    @Bean("migrantFollowedUp")
    TaskListener migrantFollowedUp(MigrantArrivalService service) {
        return task -> service.followUp(task.getExecution().getProcessBusinessKey(),
                Variables.text(task.getVariable("followUpOutcome")), task.getVariable("certificateIssuer"),
                task.getVariable("certificateNumber"), ProcessActor.userId(task));
    }
}
