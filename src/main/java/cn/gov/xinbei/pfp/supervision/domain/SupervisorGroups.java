package cn.gov.xinbei.pfp.supervision.domain;

import java.util.Collection;
import java.util.Optional;

/**
 * Who reviews the answer to a 督办: a town's supervisors when a town's group is responsible (the town answers to its
 * head), else the bureau's supervisors (bureau staff and department liaisons answer to the bureau head).
 * Group ids are "&lt;unit&gt;-&lt;role&gt;" (config/organization.yml).
 */
public final class SupervisorGroups {

    public static final String BUREAU_SUPERVISORS = "bureau-supervisor";
    private static final String SUPERVISOR_ROLE = "supervisor";

    private SupervisorGroups() {
    }

    /** The town of a group id, if the group belongs to one of these towns. */
    public static Optional<String> townOf(String groupId, Collection<String> townSlugs) {
        int dash = groupId == null ? -1 : groupId.lastIndexOf('-');
        if (dash <= 0) {
            return Optional.empty();
        }
        String unit = groupId.substring(0, dash);
        return townSlugs.contains(unit) ? Optional.of(unit) : Optional.empty();
    }

    public static String supervisorsOf(String responsibleGroup, Collection<String> townSlugs) {
        return townOf(responsibleGroup, townSlugs).map(town -> town + "-" + SUPERVISOR_ROLE)
                .orElse(BUREAU_SUPERVISORS);
    }
}
