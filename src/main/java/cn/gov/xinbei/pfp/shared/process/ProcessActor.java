package cn.gov.xinbei.pfp.shared.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

import java.util.List;

/** Who is acting in a process step: the user the engine was called for (Tasklist, REST), or the system. */
public final class ProcessActor {

    private ProcessActor() {
    }

    public static String userId(DelegateExecution execution) {
        Authentication authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }

    public static String userId(DelegateTask task) {
        String user = userId(task.getExecution());
        return user != null ? user : task.getAssignee();
    }

    /** The acting user's groups, or null when no user is authenticated (the engine acting on its own). */
    public static List<String> groups(DelegateExecution execution) {
        Authentication authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authentication == null ? null : List.copyOf(authentication.getGroupIds());
    }
}
