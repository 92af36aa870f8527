package cn.gov.xinbei.pfp.casefile;

import cn.gov.xinbei.pfp.organization.Organization;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.context.Context;
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
        CommandContext commandContext = Context.getCommandContext();
        boolean checking = commandContext != null && commandContext.isAuthorizationCheckEnabled();
        if (checking) {
            commandContext.disableAuthorizationCheck();
        }
        try {
            for (String role : TOWN_ROLES) {
                Authorization read = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                read.setGroupId(Organization.group(townSlug, role));
                read.setResource(Resources.PROCESS_INSTANCE);
                read.setResourceId(processInstanceId);
                read.addPermission(Permissions.READ);
                authorizationService.saveAuthorization(read);
            }
        } finally {
            if (checking) {
                commandContext.enableAuthorizationCheck();
            }
        }
    }
}
