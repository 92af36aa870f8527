package cn.gov.xinbei.pfp.assistance.domain;

import java.util.List;
import java.util.Objects;

/**
 * The rule "one ID number never holds two active entitlements under one scheme" — across towns and years, because
 * a person who moved their hukou must not be paid twice (REFERENCE 4.5: the county database and the provincial filing
 * exist to stop double payment). Periods that share a day collide; a one-off scheme
 * ({@link AssistanceScheme#oneOff()}) collides with any earlier entitlement of the same person, whatever its dates.
 * ID numbers are compared as parsed {@code ResidentIdNumber}s, so a first-generation 15-digit number and its 18-digit
 * form are the same person.
 *
 * <p>Entitlements under different schemes never collide here: whether one person may draw 奖扶 and 特扶 at the same
 * time was not found (REFERENCE 4.5, [NF]), so that decision is left to the clerk. The database constraint comes with
 * the process.
 */
public final class EntitlementRegister {

    private final List<Entitlement> existing;

    public EntitlementRegister(List<Entitlement> existing) {
        Objects.requireNonNull(existing, "existing");
        this.existing = List.copyOf(existing);
    }

    /** Every registered entitlement the candidate collides with, with a Chinese message each; empty when it may be registered. */
    public List<EntitlementConflict> conflictsOf(Entitlement candidate) {
        Objects.requireNonNull(candidate, "candidate");
        return existing.stream()
                .filter(entitlement -> entitlement.idNumber().equals(candidate.idNumber()))
                .filter(entitlement -> entitlement.scheme() == candidate.scheme())
                .filter(entitlement -> candidate.scheme().oneOff() || entitlement.overlaps(candidate))
                .map(entitlement -> new EntitlementConflict(entitlement, message(entitlement, candidate)))
                .toList();
    }

    public boolean conflicts(Entitlement candidate) {
        return !conflictsOf(candidate).isEmpty();
    }

    private static String message(Entitlement existing, Entitlement candidate) {
        String who = "身份证号" + candidate.idNumber().masked();
        String scheme = candidate.scheme().chineseName();
        if (candidate.scheme().oneOff()) {
            return who + "已在" + existing.town() + "享受过" + scheme + "（" + existing.from() + "），"
                    + "一次性奖励每人只能享受一次";
        }
        return who + "已在" + existing.town() + "享有" + scheme + "资格（" + existing.describePeriod() + "），"
                + "与新登记的期间（" + candidate.describePeriod() + "）重叠；"
                + "同一身份证号在同一扶助项目下不得同时享有两项有效资格";
    }
}
