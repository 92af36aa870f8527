package cn.gov.xinbei.pfp.departmentdata.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Matches a reported birth against the approvals on record (issue 6: "births are matched against approvals and
 * first-child registrations").
 * <ul>
 *   <li>Birth order 1: a married couple who have no child may have one without approval (JS-PFP art. 21, REFERENCE.md
 *       3.2) -> FIRST_CHILD, compliant.</li>
 *   <li>Birth order 2: one more child is allowed only under the conditions of JS-PFP arts. 22-23 and only after the
 *       approval (生育证): "领取生育证后方可生育" (art. 26). An approved second-child case of the mother or the father
 *       decided on or before the day of birth -> APPROVED, compliant, linked to that case.</li>
 *   <li>Anything else (order 2 without such an approval, order 3 or more, which arts. 22-25 never allow) -> UNMATCHED:
 *       flagged for the town, compliance open until the town has checked it (a fee case under JS-PFP art. 41, or
 *       cleared by hand, e.g. an approval given elsewhere or under art. 24/25).</li>
 * </ul>
 */
public final class BirthMatching {

    private BirthMatching() {
    }

    /** An approved second-child case of one of the parents. */
    public record Approval(String caseId, LocalDate decidedOn) {
    }

    public record Match(BirthOutcome outcome, Boolean compliant, String approvalCaseId) {
        public boolean flagged() {
            return outcome == BirthOutcome.UNMATCHED;
        }
    }

    public static Match match(int birthOrder, LocalDate birthDate, Collection<Approval> approvalsOfParents) {
        if (birthOrder == 1) {
            return new Match(BirthOutcome.FIRST_CHILD, true, null);
        }
        if (birthOrder == 2) {
            Optional<Approval> approval = approvalsOfParents.stream()
                    .filter(a -> a.decidedOn() != null && !a.decidedOn().isAfter(birthDate))
                    .max(Comparator.comparing(Approval::decidedOn));
            if (approval.isPresent()) {
                return new Match(BirthOutcome.APPROVED, true, approval.get().caseId());
            }
        }
        return new Match(BirthOutcome.UNMATCHED, null, null);
    }
}
