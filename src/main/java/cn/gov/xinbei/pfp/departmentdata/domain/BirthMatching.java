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
 *   <li>From the start of a registration period (2016-01-01: first and second child, 中发〔2015〕40号; from 2021 up to the
 *       third child, REFERENCE.md §12 B2, B5, D2-D4) a birth within the period's order needed no approval, only
 *       生育登记 -> REGISTRATION, compliant, not flagged.</li>
 *   <li>A birth on or after the abolition of 社会抚养费 (§12 B5-B6, D1) that would otherwise be flagged -> FEE_ABOLISHED:
 *       not flagged, no fee case offered, compliance left open.</li>
 * </ul>
 * The dates are configuration ({@link Rules}); they are keyed on the birth date, never on the day of the check.
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

    /** A period from which births up to an order are registered, not approved. */
    public record RegistrationPeriod(LocalDate from, int maxBirthOrder) {
    }

    /**
     * @param registrationPeriods in date order; the latest one begun on the birth date applies
     * @param feeAbolishedFrom    first birth date for which no 社会抚养费 is charged
     */
    public record Rules(java.util.List<RegistrationPeriod> registrationPeriods, LocalDate feeAbolishedFrom) {
        public Rules {
            registrationPeriods = java.util.List.copyOf(registrationPeriods);
            java.util.Objects.requireNonNull(feeAbolishedFrom, "feeAbolishedFrom");
        }

        /** Whether this birth needed only registration (生育登记). */
        public boolean registrationOnly(int birthOrder, LocalDate birthDate) {
            return registrationPeriods.stream().filter(p -> !birthDate.isBefore(p.from()))
                    .max(Comparator.comparing(RegistrationPeriod::from))
                    .map(p -> birthOrder <= p.maxBirthOrder()).orElse(false);
        }

        public boolean feeAbolished(LocalDate birthDate) {
            return !birthDate.isBefore(feeAbolishedFrom);
        }
    }

    public static Match match(int birthOrder, LocalDate birthDate, Collection<Approval> approvalsOfParents,
                              Rules rules) {
        if (birthOrder == 1) {
            return new Match(BirthOutcome.FIRST_CHILD, true, null);
        }
        if (rules.registrationOnly(birthOrder, birthDate)) {
            return new Match(BirthOutcome.REGISTRATION, true, null);
        }
        if (birthOrder == 2) {
            Optional<Approval> approval = approvalsOfParents.stream()
                    .filter(a -> a.decidedOn() != null && !a.decidedOn().isAfter(birthDate))
                    .max(Comparator.comparing(Approval::decidedOn));
            if (approval.isPresent()) {
                return new Match(BirthOutcome.APPROVED, true, approval.get().caseId());
            }
        }
        if (rules.feeAbolished(birthDate)) {
            return new Match(BirthOutcome.FEE_ABOLISHED, null, null);
        }
        return new Match(BirthOutcome.UNMATCHED, null, null);
    }
}
