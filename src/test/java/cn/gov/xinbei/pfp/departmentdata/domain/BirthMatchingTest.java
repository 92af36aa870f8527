package cn.gov.xinbei.pfp.departmentdata.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The birth check keyed on the birth date: approvals before 2016, registration after, no fee flag after abolition. */
class BirthMatchingTest {

    /** As shipped: config/department-data.yml and config/maintenance-fee.yml. */
    private static final BirthMatching.Rules RULES = new BirthMatching.Rules(List.of(
            new BirthMatching.RegistrationPeriod(LocalDate.of(2016, 1, 1), 2),
            new BirthMatching.RegistrationPeriod(LocalDate.of(2021, 8, 20), 3)), LocalDate.of(2021, 9, 29));

    private static BirthMatching.Match match(int order, String date) {
        return BirthMatching.match(order, LocalDate.parse(date), List.of(), RULES);
    }

    @Test
    void aSecondChildWithoutApprovalBefore2016IsFlagged() {
        BirthMatching.Match match = match(2, "2015-12-31");
        assertThat(match.outcome()).isEqualTo(BirthOutcome.UNMATCHED);
        assertThat(match.flagged()).isTrue();
    }

    @Test
    void aSecondChildFrom2016NeededOnlyRegistrationAndIsNotFlagged() {
        BirthMatching.Match match = match(2, "2016-01-01");
        assertThat(match.outcome()).isEqualTo(BirthOutcome.REGISTRATION);
        assertThat(match.compliant()).isTrue();
        assertThat(match.flagged()).isFalse();
    }

    @Test
    void aThirdChildBetween2016AndTheAbolitionWithoutApprovalIsStillFlagged() {
        assertThat(match(3, "2021-08-19").flagged()).isTrue();
        assertThat(match(3, "2019-05-01").outcome()).isEqualTo(BirthOutcome.UNMATCHED);
    }

    @Test
    void aThirdChildFrom20August2021IsRegistration() {
        assertThat(match(3, "2021-08-20").outcome()).isEqualTo(BirthOutcome.REGISTRATION);
    }

    @Test
    void aFourthChildOnOrAfterTheFeeCutOffIsNotFlaggedAndComplianceStaysOpen() {
        BirthMatching.Match before = match(4, "2021-09-28");
        assertThat(before.flagged()).isTrue();
        BirthMatching.Match after = match(4, "2021-09-29");
        assertThat(after.outcome()).isEqualTo(BirthOutcome.FEE_ABOLISHED);
        assertThat(after.flagged()).isFalse();
        assertThat(after.compliant()).isNull();
    }

    @Test
    void aFirstChildIsAFirstChildInEveryPeriodAndAnApprovalStillMatchesBefore2016() {
        assertThat(match(1, "2012-03-01").outcome()).isEqualTo(BirthOutcome.FIRST_CHILD);
        assertThat(match(1, "2022-03-01").outcome()).isEqualTo(BirthOutcome.FIRST_CHILD);
        BirthMatching.Match approved = BirthMatching.match(2, LocalDate.of(2012, 6, 1),
                List.of(new BirthMatching.Approval("case-1", LocalDate.of(2011, 9, 1))), RULES);
        assertThat(approved.outcome()).isEqualTo(BirthOutcome.APPROVED);
        assertThat(approved.approvalCaseId()).isEqualTo("case-1");
    }
}
