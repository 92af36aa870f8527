package cn.gov.xinbei.pfp.organization;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;

/**
 * The one answer to "which towns or departments may this user see" and "which role does this user hold", for every
 * feature and for {@code @PreAuthorize("@userScope....")} on controllers and services.
 * <p>
 * The groups of a signed-in user are read from Camunda's identity service (Keycloak's groups in the keycloak
 * profile), whatever the sign-in: HTTP Basic and bearer tokens put the same groups into their authorities moments
 * before (read from the same service, cached in the keycloak profile), while a desk session signed in through
 * Keycloak carries no groups at all. Features that already hold the groups ask {@link #of(Collection)}.
 */
@Component("userScope")
public class UserScope {

    /** Expressions for {@code @PreAuthorize}; a refusal is an AccessDeniedException, answered like any other 403. */
    public static final String ADMINISTRATOR = "@userScope.isAdministrator(authentication)";
    public static final String ADMINISTRATOR_OR_BUREAU_SUPERVISOR =
            "@userScope.isAdministratorOrBureauSupervisor(authentication)";
    public static final String BUREAU_STAFF = "@userScope.isBureauStaff(authentication)";
    public static final String CASE_WORKER = "@userScope.worksCases(authentication)";
    public static final String CLERK = "@userScope.isClerk(authentication)";

    private final Organization organization;
    private final IdentityService identityService;

    public UserScope(Organization organization, IdentityService identityService) {
        this.organization = organization;
        this.identityService = identityService;
    }

    /** The user's Camunda group ids; none for an anonymous or missing authentication. */
    public List<String> groupsOf(Authentication authentication) {
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return List.of();
        }
        return identityService.createGroupQuery().groupMember(authentication.getName()).list().stream()
                .map(Group::getId)
                .toList();
    }

    public Reach of(Collection<String> groups) {
        List<String> towns = organization.townsOf(groups).stream().map(Town::slug).toList();
        List<String> departments = organization.departments().stream()
                .map(Department::slug)
                .filter(d -> !d.equals(Organization.BUREAU))
                .filter(d -> groups.contains(Organization.group(d, Organization.LIAISON)))
                .toList();
        return new Reach(isBureauStaff(groups), towns, departments);
    }

    public Reach of(Authentication authentication) {
        return of(groupsOf(authentication));
    }

    // ------------------------------------------------------------------- roles, for @PreAuthorize and pages

    /** System administrators: users, settings, configuration figures, holiday notices. */
    public static boolean isAdministrator(Collection<String> groups) {
        return groups.contains(Organization.ADMIN);
    }

    /** Administrators and the bureau's supervisors read the administration log, configuration gaps, holidays. */
    public static boolean isAdministratorOrBureauSupervisor(Collection<String> groups) {
        return isAdministrator(groups) || groups.contains(Organization.group(Organization.BUREAU, Organization.SUPERVISOR));
    }

    /** The district bureau's clerks and supervisors. */
    public static boolean isBureauStaff(Collection<String> groups) {
        return groups.contains(Organization.group(Organization.BUREAU, Organization.CLERK))
                || groups.contains(Organization.group(Organization.BUREAU, Organization.SUPERVISOR));
    }

    /**
     * Whether the user works cases: a clerk (of a town or the bureau) or a department liaison. Supervisors read,
     * escalate and extend; administrators manage users and settings; neither registers or decides a case, even if an
     * authorization in Camunda (granted by mistake, or by an administrator to itself) would let the engine allow it.
     */
    public static boolean worksCases(Collection<String> groups) {
        return groups.stream().anyMatch(g -> g.endsWith("-" + Organization.CLERK) || g.endsWith("-" + Organization.LIAISON));
    }

    /**
     * Whether the user may register a case of the town (or change one): the bureau's clerks and supervisors for every
     * town, a town's clerks for their own town only.
     */
    public static boolean registersIn(Collection<String> groups, String townSlug) {
        return isBureauStaff(groups) || groups.contains(Organization.group(townSlug, Organization.CLERK));
    }

    /** A clerk of a town or of the bureau (not a liaison, supervisor or administrator). */
    public static boolean isClerk(Collection<String> groups) {
        return groups.stream().anyMatch(g -> g.endsWith("-" + Organization.CLERK));
    }

    public boolean worksCases(Authentication authentication) {
        return worksCases(groupsOf(authentication));
    }

    public boolean isClerk(Authentication authentication) {
        return isClerk(groupsOf(authentication));
    }

    public boolean isAdministrator(Authentication authentication) {
        return isAdministrator(groupsOf(authentication));
    }

    public boolean isAdministratorOrBureauSupervisor(Authentication authentication) {
        return isAdministratorOrBureauSupervisor(groupsOf(authentication));
    }

    public boolean isBureauStaff(Authentication authentication) {
        return isBureauStaff(groupsOf(authentication));
    }

    /** A liaison of the department (its slug in config/organization.yml). */
    public boolean isLiaisonOf(Authentication authentication, String department) {
        return groupsOf(authentication).contains(Organization.group(department, Organization.LIAISON));
    }
}
