package cn.gov.xinbei.pfp.migrantarrival.process;

import cn.gov.xinbei.pfp.migrantarrival.MigrantArrivalService;
import cn.gov.xinbei.pfp.shared.process.ProcessActor;
import cn.gov.xinbei.pfp.shared.process.Variables;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The missing certificate's path: the period is over (service task), the town's follow-up (task listener), the
 * months of art. 23 are over (service task), 批评教育 (task listener).
 */
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

    /** 转批评教育: the months to obtain a certificate (art. 23) are over. */
    @Bean("migrantMakeUpPeriodOver")
    JavaDelegate migrantMakeUpPeriodOver(MigrantArrivalService service) {
        return execution -> execution.setVariable("makeUpSummary",
                service.makeUpPeriodOver(execution.getProcessBusinessKey()));
    }

    /** 批评教育 completed: presented after all, or criticised and educated with a note (checked here). */
    @Bean("migrantAdmonished")
    TaskListener migrantAdmonished(MigrantArrivalService service) {
        return task -> service.admonish(task.getExecution().getProcessBusinessKey(),
                Variables.text(task.getVariable("admonishOutcome")), task.getVariable("certificateIssuer"),
                task.getVariable("certificateNumber"), task.getVariable("admonishNote"), ProcessActor.userId(task));
    }
}
