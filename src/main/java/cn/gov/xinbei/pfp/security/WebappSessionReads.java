package cn.gov.xinbei.pfp.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

import java.util.List;
import java.util.Set;

/**
 * Lets a browser signed in to the Camunda webapps (the Tasklist's own sign-in, default profile) or to the desk (its
 * login form, same session) read from the API: the Tasklist's forms and the desk's case page link to /api/maintenance-fee/cases/{n}/decision.pdf and to the full ID numbers of a
 * verification step, and a browser following a link sends its session cookie, not HTTP Basic credentials, so without
 * this it would get the browser's own login prompt or a JSON 401 (issue 15). Only reads (GET, HEAD) take the session;
 * a request that changes anything still needs HTTP Basic, so no foreign page can make a signed-in browser change a
 * case. The user's groups are read anew from the identity service, so the same checks apply as with HTTP Basic.
 * Nothing is written to the session. The keycloak profile has its own (keycloak.SignedOnSessionReads).
 */
final class WebappSessionReads implements SecurityContextRepository {

    private static final Set<String> READS = Set.of("GET", "HEAD");
    private static final String ENGINE = "default";
    /** The session attribute of Camunda's webapp sign-in (AuthenticationUtil.CAM_AUTH_SESSION_KEY). */
    static final String SESSION_KEY = "authenticatedUser";

    private final IdentityService identityService;

    WebappSessionReads(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        HttpSession session = READS.contains(request.getMethod()) ? request.getSession(false) : null;
        String webappUser = webappUser(session);
        String user = webappUser != null ? webappUser : deskUser(session);
        return new DeferredSecurityContext() {
            private SecurityContext context;

            @Override
            public SecurityContext get() {
                if (context == null) {
                    context = SecurityContextHolder.createEmptyContext();
                    if (user != null) {
                        List<SimpleGrantedAuthority> groups = identityService.createGroupQuery().groupMember(user)
                                .list().stream().map(Group::getId)
                                .map(id -> new SimpleGrantedAuthority(CamundaIdentityAuthenticationProvider.GROUP_PREFIX + id))
                                .toList();
                        context.setAuthentication(new PreAuthenticatedAuthenticationToken(user, null, groups));
                    }
                }
                return context;
            }

            @Override
            public boolean isGenerated() {
                return user == null;
            }
        };
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
        // The API never signs anyone on: the session belongs to the webapps' sign-in.
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return false;
    }
}
