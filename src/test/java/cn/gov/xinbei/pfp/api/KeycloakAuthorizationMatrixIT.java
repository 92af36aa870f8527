package cn.gov.xinbei.pfp.api;

import cn.gov.xinbei.pfp.keycloak.KeycloakTestRealm;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static cn.gov.xinbei.pfp.api.AuthorizationMatrix.Role.ANONYMOUS;
import static cn.gov.xinbei.pfp.api.AuthorizationMatrix.Role.ENGINE_ADMIN;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The authorization matrix in the "keycloak" profile, against the real Keycloak server with the demo realm: Camunda's
 * users and groups come from Keycloak through the identity plugin, API calls carry real access tokens (checked
 * against Keycloak's keys, issuer and the API audience), and desk pages run in a session signed on through
 * Keycloak's login form. The expected statuses are the default profile's, row for row: signing in differently must
 * not change who may do what.
 */
@ActiveProfiles({"test", "keycloak"})
@TestPropertySource(properties = {
        "XINBEI_WEB_CLIENT_SECRET=xinbei-web-demo-secret",
        "XINBEI_IDENTITY_CLIENT_SECRET=xinbei-identity-demo-secret"})
class KeycloakAuthorizationMatrixIT extends AuthorizationMatrix {

    private final KeycloakTestRealm keycloak = new KeycloakTestRealm();
    private final Map<Role, MockHttpSession> deskSessions = new EnumMap<>(Role.class);

    @BeforeAll
    static void keycloakRuns() throws Exception {
        KeycloakTestRealm.ensureRunning();
    }

    /** engine.admin is Camunda's own break-glass user, kept in Camunda's tables and never in Keycloak. */
    @Override
    protected Set<Role> roles() {
        return EnumSet.complementOf(EnumSet.of(ENGINE_ADMIN));
    }

    /**
     * The desk has no sign-in form of its own here: /desk/login sends an anonymous visitor to Keycloak and a signed-on
     * user to the desk (both 302).
     */
    @Override
    protected int expectedStatus(Endpoint endpoint, Role role) {
        if (endpoint.name().equals("GET /desk/login")) {
            return 302;
        }
        return super.expectedStatus(endpoint, role);
    }

    @Override
    protected MockHttpServletRequestBuilder signIn(MockHttpServletRequestBuilder request, Endpoint endpoint, Role role)
            throws Exception {
        if (role == ANONYMOUS) {
            return endpoint.isDeskPage() ? request.with(csrf()) : request;
        }
        if (endpoint.isDeskPage()) {
            MockHttpSession session = deskSessions.get(role);
            if (session == null) {
                session = keycloak.signOn(mvc, role.user);
                deskSessions.put(role, session);
            }
            return request.session(session).with(csrf());
        }
        return request.header("Authorization", "Bearer " + keycloak.apiToken(role.user));
    }
}
