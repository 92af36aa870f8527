package cn.gov.xinbei.pfp.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The signed-in user of a desk page. The groups are read from Camunda's identity service (Keycloak's groups in the
 * keycloak profile), not from the session's authorities, so both sign-in ways give the same groups.
 */
@Component
public class DeskUsers {

    private final IdentityService identityService;

    public DeskUsers(IdentityService identityService) {
        this.identityService = identityService;
    }

    public CurrentUser current(Authentication authentication) {
        String userId = authentication.getName();
        return new CurrentUser(userId, identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .toList());
    }
}
