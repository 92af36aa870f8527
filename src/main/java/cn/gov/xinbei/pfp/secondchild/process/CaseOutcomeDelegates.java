package cn.gov.xinbei.pfp.secondchild.process;

import cn.gov.xinbei.pfp.secondchild.SecondChildOutcome;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The small service tasks at the ends of the process. */
@Configuration
public class CaseOutcomeDelegates {

    /** The written refusal with its reasons and the remedies (行政许可法 art. 38). */
    @Bean("prepareRefusal")
    JavaDelegate prepareRefusal(SecondChildOutcome service) {
        return execution -> execution.setVariable("refusalNotice",
                service.refusalNotice(SecondChildVariables.caseNumber(execution)));
    }

    @Bean("closeApprovedCase")
    JavaDelegate closeApprovedCase(SecondChildOutcome service) {
        return (DelegateExecution execution) -> service.closeApproved(SecondChildVariables.caseNumber(execution));
    }
}
