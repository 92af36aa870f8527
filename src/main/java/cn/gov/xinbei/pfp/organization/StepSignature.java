package cn.gov.xinbei.pfp.organization;

import cn.gov.xinbei.pfp.shared.process.ProcessActor;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Who did a step and when, for the later steps' forms (issue 15: the bureau sees who gave the town's opinion):
 * a complete listener that sets {@code <step>By} (the person's name) and {@code <step>At} ("2012-03-01 10:15") as
 * process variables, {@code <step>} being the task's id without "Task_" (Task_TownReview → townReviewBy).
 */
@Component("stepSignature")
public class StepSignature implements TaskListener {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final PersonNames names;
    private final EngineClock clock;

    public StepSignature(PersonNames names, EngineClock clock) {
        this.names = names;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        String step = stepOf(task.getTaskDefinitionKey());
        task.getExecution().setVariable(step + "By", names.nameOf(ProcessActor.userId(task)));
        task.getExecution().setVariable(step + "At", LocalDateTime.ofInstant(clock.now(), clock.zone()).format(MINUTE));
    }

    static String stepOf(String taskDefinitionKey) {
        String name = taskDefinitionKey.startsWith("Task_") ? taskDefinitionKey.substring(5) : taskDefinitionKey;
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
