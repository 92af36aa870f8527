package cn.gov.xinbei.pfp.organization;

import java.util.List;

/**
 * What a user may see, from their groups: the whole district (the bureau's clerks and supervisors), some towns (a
 * town's clerks and supervisors), some departments (a department's liaisons), or nothing (administrators, users in
 * no organization group). The kinds combine: a user may be a town's clerk and a department's liaison.
 *
 * @param bureauWide  the bureau's staff: every town
 * @param towns       slugs of the towns whose clerk or supervisor the user is, in the order of the user's groups
 * @param departments slugs of the departments (not the bureau) whose liaison the user is
 */
public record Reach(boolean bureauWide, List<String> towns, List<String> departments) {

    public Reach {
        towns = List.copyOf(towns);
        departments = List.copyOf(departments);
    }

    /** Whether the user sees town-kept lists (cases, payouts, births): the bureau or a town's staff. */
    public boolean seesTowns() {
        return bureauWide || !towns.isEmpty();
    }

    /** Whether the user sees what belongs to this town. */
    public boolean coversTown(String town) {
        return bureauWide || towns.contains(town);
    }

    public boolean isLiaisonOf(String department) {
        return departments.contains(department);
    }

    public boolean isNone() {
        return !bureauWide && towns.isEmpty() && departments.isEmpty();
    }
}
