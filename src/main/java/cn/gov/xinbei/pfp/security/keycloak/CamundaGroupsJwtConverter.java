package cn.gov.xinbei.pfp.security.keycloak;

import cn.gov.xinbei.pfp.security.CamundaIdentityAuthenticationProvider;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.List;

/**
 * Turns a checked Keycloak access token into the API's user: the name is preferred_username (the Camunda user id),
 * the authorities are the user's Camunda groups as {@code GROUP_<id>}, read through the identity service (the
 * Keycloak plugin, cached), exactly as the default profile's HTTP Basic sign-in does.
 */
public class CamundaGroupsJwtConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    static final String USER_NAME_CLAIM = "preferred_username";

    private final IdentityService identityService;

    public CamundaGroupsJwtConverter(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String user = jwt.getClaimAsString(USER_NAME_CLAIM);
        if (user == null || user.isBlank()) {
            throw new InvalidBearerTokenException("token without " + USER_NAME_CLAIM);
        }
        return new JwtAuthenticationToken(jwt, groupAuthorities(identityService, user), user);
    }

    /** The user's Camunda groups as {@code GROUP_<id>}; Keycloak unreachable is a service failure (503). */
    static List<SimpleGrantedAuthority> groupAuthorities(IdentityService identityService, String user) {
        try {
            return identityService.createGroupQuery().groupMember(user).list().stream()
                    .map(Group::getId)
                    .map(id -> new SimpleGrantedAuthority(CamundaIdentityAuthenticationProvider.GROUP_PREFIX + id))
                    .toList();
        } catch (RuntimeException e) {
            throw new AuthenticationServiceException("groups of the user cannot be read", e);
        }
    }
}
