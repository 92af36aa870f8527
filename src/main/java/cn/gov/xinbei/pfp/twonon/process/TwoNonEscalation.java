package cn.gov.xinbei.pfp.twonon.process;

import cn.gov.xinbei.pfp.twonon.TwoNonSupervisionService;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Records on the case's timeline that the overdue timer escalated the case to the bureau supervisors. */
@Configuration
public class TwoNonEscalation {

    @Bean("twoNonEscalated")
    TaskListener escalated(TwoNonSupervisionService service) {
        return task -> service.escalated(task.getExecution().getProcessBusinessKey());
    }
}
