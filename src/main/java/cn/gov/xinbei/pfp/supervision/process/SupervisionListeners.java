package cn.gov.xinbei.pfp.supervision.process;

import cn.gov.xinbei.pfp.shared.process.ProcessActor;
import cn.gov.xinbei.pfp.shared.process.Variables;
import cn.gov.xinbei.pfp.supervision.SupervisionService;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The listeners of caseSupervision: small beans the BPMN names by delegate expression. */
@Configuration
public class SupervisionListeners {

    /** Start event: links the supervision item to this process instance. */
    @Bean("supervisionStarted")
    ExecutionListener started(SupervisionService service) {
        return execution -> service.processStarted(
                Variables.text(execution.getVariable(SupervisionService.ITEM_VARIABLE)),
                execution.getProcessInstanceId());
    }

    /** 答复督办 completed: the answer must be long enough, else the task stays open and nothing is written. */
    @Bean("supervisionAnswered")
    TaskListener answered(SupervisionService service) {
        return task -> service.answered(task.getProcessInstanceId(), Variables.text(task.getVariable("answer")),
                ProcessActor.userId(task));
    }

    /** 审阅督办答复 completed: accepted closes the item; returned needs a reason and goes back to the group. */
    @Bean("supervisionReviewed")
    TaskListener reviewed(SupervisionService service) {
        return task -> service.reviewed(task.getProcessInstanceId(),
                Variables.text(task.getVariable("reviewDecision")), Variables.text(task.getVariable("returnReason")),
                ProcessActor.userId(task));
    }
}
