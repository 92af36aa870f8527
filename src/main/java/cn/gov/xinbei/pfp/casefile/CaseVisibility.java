package cn.gov.xinbei.pfp.casefile;

import cn.gov.xinbei.pfp.organization.Reach;
import cn.gov.xinbei.pfp.organization.UserScope;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Which cases a user may see ({@link UserScope}): the district bureau all of them, a town's clerks and supervisors
 * their town's. Department liaisons work their steps in the Tasklist and see no case lists.
 */
@Component
public class CaseVisibility {

    private final UserScope userScope;

    public CaseVisibility(UserScope userScope) {
        this.userScope = userScope;
    }

    public record Scope(boolean allTowns, List<String> towns) {
        public boolean covers(CaseFile caseFile) {
            return allTowns || towns.contains(caseFile.getTownSlug());
        }

        static Optional<Scope> of(Reach reach) {
            if (reach.bureauWide()) {
                return Optional.of(new Scope(true, List.of()));
            }
            return reach.towns().isEmpty() ? Optional.empty() : Optional.of(new Scope(false, reach.towns()));
        }
    }

    /** The cases the groups see; 403 for groups that see no town. */
    public Scope scopeOf(Collection<String> groups) {
        return scopeIfAny(groups).orElseThrow(() -> new AccessDeniedException("no case list for these groups"));
    }

    /** The cases the groups see, none for groups that see no town (a liaison sees their steps only). */
    public Optional<Scope> scopeIfAny(Collection<String> groups) {
        return Scope.of(userScope.of(groups));
    }
}
