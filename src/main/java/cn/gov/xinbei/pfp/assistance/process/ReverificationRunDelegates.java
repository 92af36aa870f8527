package cn.gov.xinbei.pfp.assistance.process;

import cn.gov.xinbei.pfp.assistance.AssistanceReverification;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The steps of the process assistanceReverificationRun: one batch per job (the service task is asynchronous), the
 * keyset position in the process variable {@code lastEntitlementId}, which rolls back with a failed batch.
 */
@Configuration(proxyBeanMethods = false)
public class ReverificationRunDelegates {

    @Bean("reverificationBatch")
    JavaDelegate reverificationBatch(AssistanceReverification reverification) {
        return (DelegateExecution execution) -> {
            int year = ((Number) execution.getVariable("verificationYear")).intValue();
            String last = reverification.startBatch(year, (String) execution.getVariable("lastEntitlementId"));
            execution.setVariable("moreBeneficiaries", last != null);
            if (last != null) {
                execution.setVariable("lastEntitlementId", last);
            }
        };
    }

    @Bean("reverificationRunFinished")
    JavaDelegate reverificationRunFinished(AssistanceReverification reverification) {
        return (DelegateExecution execution) ->
                reverification.finish(((Number) execution.getVariable("verificationYear")).intValue());
    }
}
