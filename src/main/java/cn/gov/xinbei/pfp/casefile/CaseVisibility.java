package cn.gov.xinbei.pfp.casefile;

import cn.gov.xinbei.pfp.organization.Organization;
import cn.gov.xinbei.pfp.organization.Town;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;

/**
 * Which cases a user may see: the district bureau all of them, a town's clerks and supervisors their town's.
 * Department liaisons work their steps in the Tasklist and see no case lists.
 */
@Component
public class CaseVisibility {

    private final Organization organization;

    public CaseVisibility(Organization organization) {
        this.organization = organization;
    }

    public record Scope(boolean allTowns, List<String> towns) {
        public boolean covers(CaseFile caseFile) {
            return allTowns || towns.contains(caseFile.getTownSlug());
        }
    }

    public Scope scopeOf(Collection<String> groups) {
        if (organization.isDistrictWide(groups)) {
            return new Scope(true, List.of());
        }
        List<String> towns = organization.townsOf(groups).stream().map(Town::slug).toList();
        if (towns.isEmpty()) {
            throw new AccessDeniedException("no case list for these groups");
        }
        return new Scope(false, towns);
    }
}
