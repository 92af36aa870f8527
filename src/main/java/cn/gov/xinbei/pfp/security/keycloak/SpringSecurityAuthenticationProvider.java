package cn.gov.xinbei.pfp.security.keycloak;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.io.IOException;
import java.util.List;

/**
 * Hands the user Spring Security signed in (through Keycloak) to the Camunda webapps: the user id is the
 * principal's name (preferred_username), the groups are the user's Camunda groups, i.e. Keycloak's through the
 * identity plugin, so authorizations and candidate groups see the same ids everywhere.
 * Instantiated by Camunda's ContainerBasedAuthenticationFilter through its "authentication-provider" init-param.
 */
public class SpringSecurityAuthenticationProvider extends ContainerBasedAuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(SpringSecurityAuthenticationProvider.class);

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return AuthenticationResult.unsuccessful();
        }
        String userId = authentication.getName();
        List<String> groups;
        try {
            groups = engine.getIdentityService().createGroupQuery().groupMember(userId).list().stream()
                    .map(Group::getId)
                    .toList();
        } catch (RuntimeException e) {
            // Keycloak unreachable or the service account misconfigured: refuse rather than sign in without groups.
            log.warn("Could not read the groups of user {} from the identity service: {}", userId, e.getMessage());
            return AuthenticationResult.unsuccessful(userId);
        }
        AuthenticationResult result = AuthenticationResult.successful(userId);
        result.setGroups(groups);
        return result;
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        try {
            SignOnPages.unknownUser(response);
        } catch (IOException e) {
            log.debug("Could not write the sign-on error page", e);
        }
    }
}
