package cn.gov.xinbei.pfp.web;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The loser of a race on one task (completed through two nodes, or twice at once) does not always get the engine's
 * {@code OptimisticLockingException}: when the winner has committed first, the engine no longer finds the task
 * ("Cannot find task with id …: task is null"), finds the instance's executions half gone ("Cannot restore state of
 * process instance …"), finds the task but no longer the authorization its candidate group had on it (the winner's
 * commit deleted it: an {@code AuthorizationException} on that task), or fails in some other way while completing it
 * (Camunda's REST answer names the task: "Cannot complete task …", "Cannot submit task form …"). Each is a lost race
 * only when that task has ended meanwhile (its history says so); a task that never existed stays a 404, a task still
 * open keeps its own answer. Seen in the fault test (tools/fault-test.sh) under load: the loser's 403 and 500.
 */
public final class TaskRaces {

    private static final Pattern MISSING_TASK = Pattern.compile("Cannot find task with id ([^:\\s]+)");
    /** How Camunda's task resource words any failure of a completion: the task's id comes first. */
    private static final Pattern COMPLETING_TASK = Pattern.compile("^Cannot (?:complete task|submit task form) "
            + "([^:\\s]+)");
    private static final String TASK_RESOURCE = "Task";
    private static final String RESTORE_STATE = "Cannot restore state of process instance";

    private TaskRaces() {
    }

    /** True when the failure says the task or instance was just changed by another transaction. */
    public static boolean lostRace(Throwable failure, ProcessEngine engine) {
        Matcher completing = COMPLETING_TASK.matcher(String.valueOf(failure.getMessage()));
        if (completing.find() && engine != null && finished(engine, completing.group(1))) {
            return true;
        }
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof NullValueException) {
                String message = String.valueOf(cause.getMessage());
                if (message.startsWith(RESTORE_STATE)) {
                    return true;
                }
                Matcher task = MISSING_TASK.matcher(message);
                return task.find() && engine != null && finished(engine, task.group(1));
            }
            if (cause instanceof AuthorizationException denied) {
                return engine != null && denied.getMissingAuthorizations().stream()
                        .filter(missing -> TASK_RESOURCE.equals(missing.getResourceType()))
                        .anyMatch(missing -> missing.getResourceId() != null
                                && finished(engine, missing.getResourceId()));
            }
        }
        return false;
    }

    /** The task existed and has ended (its history is there); read without the user's authorizations. */
    private static boolean finished(ProcessEngine engine, String taskId) {
        try {
            ProcessEngineConfigurationImpl configuration =
                    (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
            return configuration.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(
                    () -> engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId).finished()
                            .count() > 0));
        } catch (RuntimeException unreadable) {
            return false;
        }
    }
}
