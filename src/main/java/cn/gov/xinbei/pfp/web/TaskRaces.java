package cn.gov.xinbei.pfp.web;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The loser of a race on one task (completed through two nodes, or twice at once) does not always get the engine's
 * {@code OptimisticLockingException}: when the winner has committed first, the engine no longer finds the task
 * ("Cannot find task with id …: task is null") or finds the instance's executions half gone ("Cannot restore state of
 * process instance …"). Both are told here from a task that never existed, which stays a 404.
 */
public final class TaskRaces {

    private static final Pattern MISSING_TASK = Pattern.compile("Cannot find task with id ([^:\\s]+)");
    private static final String RESTORE_STATE = "Cannot restore state of process instance";

    private TaskRaces() {
    }

    /** True when the failure says the task or instance was just changed by another transaction. */
    public static boolean lostRace(Throwable failure, ProcessEngine engine) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof NullValueException) {
                String message = String.valueOf(cause.getMessage());
                if (message.startsWith(RESTORE_STATE)) {
                    return true;
                }
                Matcher task = MISSING_TASK.matcher(message);
                return task.find() && engine != null && finished(engine, task.group(1));
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
