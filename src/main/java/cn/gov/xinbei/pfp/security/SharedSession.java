package cn.gov.xinbei.pfp.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

import java.util.Set;

/**
 * One sign-in for the desk, the Tasklist and the links between them (default profile; the keycloak profile shares its
 * sign-on session anyway, see keycloak.SignedOnSessionReads). The desk's form login and the Camunda webapps' login keep
 * their users in the same HTTP session under different keys; this repository reads the one the chain does not own:
 * <ul>
 *   <li>{@link #apiReads}: the API takes either sign-in for reads (GET, HEAD) only. The Tasklist's forms and the desk's
 *   case page link to /api/maintenance-fee/cases/{n}/decision.pdf and to the full ID numbers of a verification step,
 *   and a browser following a link sends its session cookie, not HTTP Basic credentials (issue 15). A request that
 *   changes anything still needs HTTP Basic: the API has no CSRF tokens, so no foreign page may ride on the cookie.</li>
 *   <li>{@link #deskFromTasklist}: the desk takes the Tasklist's sign-in, so a clerk signed in there is not asked
 *   again (the Tasklist's login starts a new session, which ended the desk's). The desk's forms keep their CSRF
 *   tokens, held in the session whichever sign-in it carries.</li>
 * </ul>
 * The user's groups are read anew from the identity service, so the same checks apply as with a password. Nothing is
 * written to the session here; {@link WebappSignIn} signs the desk's users in to the webapps.
 */
final class SharedSession implements SecurityContextRepository {

    private static final Set<String> READS = Set.of("GET", "HEAD");
    private static final String ENGINE = "default";
    /** The session attribute of Camunda's webapp sign-in (AuthenticationUtil.CAM_AUTH_SESSION_KEY). */
    static final String SESSION_KEY = "authenticatedUser";

    private final IdentityService identityService;
    private final boolean readsOnly;
    private final boolean deskSignIn;

    private SharedSession(IdentityService identityService, boolean readsOnly, boolean deskSignIn) {
        this.identityService = identityService;
        this.readsOnly = readsOnly;
        this.deskSignIn = deskSignIn;
    }

    static SharedSession apiReads(IdentityService identityService) {
        return new SharedSession(identityService, true, true);
    }

    static SharedSession deskFromTasklist(IdentityService identityService) {
        return new SharedSession(identityService, false, false);
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        HttpSession session = !readsOnly || READS.contains(request.getMethod()) ? request.getSession(false) : null;
        String webappUser = webappUser(session);
        String user = webappUser != null || !deskSignIn ? webappUser : deskUser(session);
        return new DeferredSecurityContext() {
            private SecurityContext context;

            @Override
            public SecurityContext get() {
                if (context == null) {
                    context = SecurityContextHolder.createEmptyContext();
                    if (user != null) {
                        signIn(context, user);
                    }
                }
                return context;
            }

            @Override
            public boolean isGenerated() {
                return get().getAuthentication() == null;
            }
        };
    }

    /**
     * The user's groups, as the sign-in would read them; a session outliving its user (removed meanwhile) signs no one
     * in. Read without the thread's engine authentication: the identity queries would otherwise be limited to what
     * whoever the thread last served may read.
     */
    private void signIn(SecurityContext context, String user) {
        org.camunda.bpm.engine.impl.identity.Authentication current = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            if (identityService.createUserQuery().userId(user).count() == 0) {
                return;
            }
            context.setAuthentication(new PreAuthenticatedAuthenticationToken(user, null,
                    CamundaIdentityAuthenticationProvider.authoritiesOf(identityService, user)));
        } finally {
            if (current != null) {
                identityService.setAuthentication(current);
            }
        }
    }

    /** The desk's own sign-in (its form login keeps Spring Security's context in the same session). */
    private static String deskUser(HttpSession session) {
        if (session == null) {
            return null;
        }
        return session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                instanceof SecurityContext desk && desk.getAuthentication() != null
                && desk.getAuthentication().isAuthenticated() ? desk.getAuthentication().getName() : null;
    }

    private static String webappUser(HttpSession session) {
        if (session == null) {
            return null;
        }
        // Read as Camunda's AuthenticationUtil stores it, without its getAuthsFromSession, which writes to the session.
        Authentication authentication = session.getAttribute(SESSION_KEY) instanceof Authentications authentications
                ? authentications.getAuthenticationForProcessEngine(ENGINE) : null;
        return authentication == null ? null : authentication.getName();
    }

    /** @deprecated Spring Security calls {@link #loadDeferredContext} */
    @Override
    @Deprecated
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return loadDeferredContext(holder.getRequest()).get();
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        // Signs no one in: the session's sign-ins belong to the desk's login form and the webapps' login.
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        // The desk's: a sign-in the session already holds (the Tasklist's), not one made by this request, so the
        // session-fixation protection of a fresh sign-in does not apply to it.
        return !readsOnly && webappUser(request.getSession(false)) != null;
    }
}
