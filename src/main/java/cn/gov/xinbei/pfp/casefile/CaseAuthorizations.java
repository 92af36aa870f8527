package cn.gov.xinbei.pfp.casefile;

import cn.gov.xinbei.pfp.organization.Organization;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Lets a town's clerks and head read the process instance of a case of their town (its variables show on their
 * task cards), without reading other towns' cases. Granted by the engine itself when the case registers, so the
 * acting clerk needs no right to write authorizations.
 */
@Component
public class CaseAuthorizations {

    private static final List<String> TOWN_ROLES = List.of(Organization.CLERK, Organization.SUPERVISOR);

    private final AuthorizationService authorizationService;

    public CaseAuthorizations(AuthorizationService authorizationService) {
        this.authorizationService = authorizationService;
    }

    public void grantTownRead(String processInstanceId, String townSlug) {
        withoutAuthorizationCheck(() -> {
            for (String role : TOWN_ROLES) {
                save(Organization.group(townSlug, role), Resources.PROCESS_INSTANCE, processInstanceId);
            }
        });
    }

    /**
     * Lets the town's supervisors see (not work) a task of a case of their town in the Tasklist. Camunda removes the
     * authorization with the task.
     */
    public void grantTownSupervisorTaskRead(String taskId, String townSlug) {
        withoutAuthorizationCheck(() ->
                save(Organization.group(townSlug, Organization.SUPERVISOR), Resources.TASK, taskId));
    }

    /**
     * Lets a department's liaisons read the process instance of a step offered to them, so that its card in the
     * Tasklist shows the case number and the parties like a clerk's (issue 15). Granted once per group and instance.
     */
    public void grantLiaisonRead(String processInstanceId, String liaisonGroup) {
        withoutAuthorizationCheck(() -> {
            // Granted before, or earlier in this same command (not yet flushed, so no query sees it): a second
            // grant for the same group and instance would break Camunda's unique index.
            boolean granted = pendingGrant(processInstanceId, liaisonGroup)
                    || authorizationService.createAuthorizationQuery().groupIdIn(liaisonGroup)
                    .resourceType(Resources.PROCESS_INSTANCE).resourceId(processInstanceId).count() > 0;
            if (!granted) {
                save(liaisonGroup, Resources.PROCESS_INSTANCE, processInstanceId);
            }
        });
    }

    private static boolean pendingGrant(String processInstanceId, String group) {
        CommandContext commandContext = Context.getCommandContext();
        return commandContext != null && commandContext.getDbEntityManager()
                .getCachedEntitiesByType(AuthorizationEntity.class).stream()
                .anyMatch(a -> group.equals(a.getGroupId()) && processInstanceId.equals(a.getResourceId())
                        && a.getResourceType() == Resources.PROCESS_INSTANCE.resourceType());
    }

    private void save(String groupId, Resources resource, String resourceId) {
        Authorization read = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        read.setGroupId(groupId);
        read.setResource(resource);
        read.setResourceId(resourceId);
        read.addPermission(Permissions.READ);
        authorizationService.saveAuthorization(read);
    }

    /** The grant is the engine's own doing: the acting user needs no right to write authorizations. */
    private static void withoutAuthorizationCheck(Runnable grant) {
        CommandContext commandContext = Context.getCommandContext();
        boolean checking = commandContext != null && commandContext.isAuthorizationCheckEnabled();
        if (checking) {
            commandContext.disableAuthorizationCheck();
        }
        try {
            grant.run();
        } finally {
            if (checking) {
                commandContext.enableAuthorizationCheck();
            }
        }
    }
}
