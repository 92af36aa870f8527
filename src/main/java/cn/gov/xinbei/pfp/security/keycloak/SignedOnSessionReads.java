package cn.gov.xinbei.pfp.security.keycloak;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

import java.util.Set;

/**
 * Lets a signed-on browser read from the API: the Tasklist's forms link to documents such as
 * /api/maintenance-fee/cases/{caseNumber}/decision.pdf, and a browser following a link sends its session cookie, not a
 * bearer token. Only reads (GET, HEAD) take the Keycloak sign-on session; a request that changes anything still needs a
 * bearer token, so no foreign page can make a signed-on browser change a case (the API has no CSRF tokens). The
 * session's user gets the same authorities as a token's (CamundaGroupsJwtConverter), so the same checks apply.
 * Nothing is written to the session.
 */
final class SignedOnSessionReads implements SecurityContextRepository {

    private static final Logger log = LoggerFactory.getLogger(SignedOnSessionReads.class);
    private static final Set<String> READS = Set.of("GET", "HEAD");

    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
    private final IdentityService identityService;

    SignedOnSessionReads(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        DeferredSecurityContext session = READS.contains(request.getMethod()) ? sessions.loadDeferredContext(request)
                : null;
        return new DeferredSecurityContext() {
            private SecurityContext context;

            @Override
            public SecurityContext get() {
                if (context == null) {
                    context = session == null ? SecurityContextHolder.createEmptyContext() : asApiUser(session.get());
                }
                return context;
            }

            @Override
            public boolean isGenerated() {
                return session == null || session.isGenerated();
            }
        };
    }

    private SecurityContext asApiUser(SecurityContext signedOn) {
        Authentication authentication = signedOn.getAuthentication();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        if (authentication != null && authentication.isAuthenticated()) {
            String user = authentication.getName();
            try {
                context.setAuthentication(new PreAuthenticatedAuthenticationToken(user, null,
                        CamundaGroupsJwtConverter.groupAuthorities(identityService, user)));
            } catch (AuthenticationException e) {
                // Resolved before Spring Security's exception handling: treated as not signed on (401), not a 500.
                log.warn("Groups of a signed-on user could not be read: {}", e.getMessage());
            }
        }
        return context;
    }

    /** @deprecated Spring Security calls {@link #loadDeferredContext} */
    @Override
    @Deprecated
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return loadDeferredContext(holder.getRequest()).get();
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        // The API never signs anyone on: the session belongs to the web sign-on.
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return false;
    }
}
