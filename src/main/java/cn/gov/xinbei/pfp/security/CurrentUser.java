package cn.gov.xinbei.pfp.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import java.util.List;

/** The signed-in user of an API request: id and Camunda groups. */
public record CurrentUser(String id, List<String> groups) {

    public static CurrentUser of(Authentication authentication) {
        List<String> groups = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith(CamundaIdentityAuthenticationProvider.GROUP_PREFIX))
                .map(a -> a.substring(CamundaIdentityAuthenticationProvider.GROUP_PREFIX.length()))
                .toList();
        return new CurrentUser(authentication.getName(), groups);
    }

    /**
     * Whether the user works cases: a clerk (of a town or the bureau) or a department liaison. Supervisors read,
     * escalate and extend; administrators manage users and settings; neither registers or decides a case, even if an
     * authorization in Camunda (granted by mistake, or by an administrator to itself) would let the engine allow it.
     */
    public boolean worksCases() {
        return groups.stream().anyMatch(g -> g.endsWith("-clerk") || g.endsWith("-liaison"));
    }

    /** Whether the user is a clerk of a town or of the bureau (not a liaison, supervisor or administrator). */
    public boolean isClerk() {
        return groups.stream().anyMatch(g -> g.endsWith("-clerk"));
    }

    /** Checked on the server for every request that registers or changes a case. */
    public CurrentUser requireCaseWorker() {
        if (!worksCases()) {
            throw new AccessDeniedException("only clerks and liaisons register or change cases");
        }
        return this;
    }

    public CurrentUser requireClerk() {
        if (!isClerk()) {
            throw new AccessDeniedException("only clerks record this");
        }
        return this;
    }
}
