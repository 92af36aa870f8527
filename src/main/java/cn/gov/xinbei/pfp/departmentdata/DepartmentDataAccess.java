package cn.gov.xinbei.pfp.departmentdata;

import cn.gov.xinbei.pfp.departmentdata.domain.KindSpec;
import cn.gov.xinbei.pfp.organization.Organization;
import cn.gov.xinbei.pfp.organization.Reach;
import cn.gov.xinbei.pfp.organization.UserScope;
import cn.gov.xinbei.pfp.security.CurrentUser;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Who may send and read the departments' data (issue 6, "Bad input and safety"): only a department's liaisons send
 * its kinds; the bureau reads everything, a town's clerks and supervisors their town's uploads, a liaison their
 * department's. Flagged births are acted on by the town's clerk or the bureau's clerk; supervisors only read.
 */
@Component
public class DepartmentDataAccess {

    private final Organization organization;
    private final DepartmentKinds kinds;
    private final UserScope userScope;

    public DepartmentDataAccess(Organization organization, DepartmentKinds kinds, UserScope userScope) {
        this.userScope = userScope;
        this.organization = organization;
        this.kinds = kinds;
    }

    /** What uploads a user may read: all, or those of some towns, or those of some departments. */
    public record Scope(boolean all, List<String> towns, List<String> departments) {
    }

    /** The departments whose data the user sends (a liaison of police, health or hr); 403 for anyone else. */
    public List<String> uploaderDepartments(CurrentUser user) {
        List<String> departments = liaisonDepartments(user);
        if (departments.isEmpty()) {
            throw new AccessDeniedException("only the departments' liaisons upload their monthly data");
        }
        return departments;
    }

    public void requireUploaderOf(CurrentUser user, KindSpec spec) {
        List<String> departments = uploaderDepartments(user);
        if (!departments.contains(spec.department())) {
            String own = departments.stream().map(d -> organization.department(d).orElseThrow().name()).toList().toString();
            throw new InvalidInputException("kind", "“" + spec.label() + "”数据由"
                    + organization.department(spec.department()).orElseThrow().name() + "报送，您是" + own
                    .replace("[", "").replace("]", "") + "联络员，只能报送本部门的数据");
        }
    }

    public boolean mayUpload(CurrentUser user) {
        return !liaisonDepartments(user).isEmpty();
    }

    /** The departments the user is a liaison of that send data (finance, say, sends none). */
    private List<String> liaisonDepartments(CurrentUser user) {
        Reach reach = userScope.of(user.groups());
        return kinds.departments().stream().filter(reach::isLiaisonOf).toList();
    }

    public Scope readScope(CurrentUser user) {
        Reach reach = userScope.of(user.groups());
        if (reach.bureauWide()) {
            return new Scope(true, List.of(), List.of());
        }
        List<String> towns = reach.towns();
        List<String> departments = liaisonDepartments(user);
        if (towns.isEmpty() && departments.isEmpty()) {
            throw new AccessDeniedException("no department data for these groups");
        }
        return new Scope(false, towns, departments);
    }

    public boolean covers(Scope scope, String town, String department) {
        return scope.all() || scope.towns().contains(town) || scope.departments().contains(department);
    }

    /** Births: the bureau all towns, a town's clerks and supervisors their own (liaisons see no birth list). */
    public Scope birthScope(CurrentUser user) {
        Reach reach = userScope.of(user.groups());
        if (reach.bureauWide()) {
            return new Scope(true, List.of(), List.of());
        }
        List<String> towns = reach.towns();
        if (towns.isEmpty()) {
            throw new AccessDeniedException("no birth list for these groups");
        }
        return new Scope(false, towns, List.of());
    }

    /** Acting on a flagged birth: the clerk of its town or the bureau's clerk. */
    public void requireBirthActor(CurrentUser user, String town) {
        boolean bureauClerk = user.groups().contains(Organization.group(Organization.BUREAU, Organization.CLERK));
        boolean townClerk = user.groups().contains(Organization.group(town, Organization.CLERK));
        if (!bureauClerk && !townClerk) {
            throw new AccessDeniedException("only the town's clerk or the bureau's clerk acts on a flagged birth");
        }
    }

    public boolean mayActOnBirths(CurrentUser user) {
        return user.groups().stream().anyMatch(g -> g.endsWith("-" + Organization.CLERK));
    }
}
