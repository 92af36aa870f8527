package cn.gov.xinbei.pfp.security;

import cn.gov.xinbei.pfp.organization.UserScope;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The signed-in user of a desk page. The groups are read from Camunda's identity service (Keycloak's groups in the
 * keycloak profile) by {@link UserScope}, not from the session's authorities, so both sign-in ways give the same groups.
 */
@Component
public class DeskUsers {

    private final UserScope scope;

    public DeskUsers(UserScope scope) {
        this.scope = scope;
    }

    public CurrentUser current(Authentication authentication) {
        return new CurrentUser(authentication.getName(), scope.groupsOf(authentication));
    }
}
