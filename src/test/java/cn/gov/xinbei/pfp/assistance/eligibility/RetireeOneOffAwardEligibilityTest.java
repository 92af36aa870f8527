package cn.gov.xinbei.pfp.assistance.eligibility;

import static cn.gov.xinbei.pfp.assistance.eligibility.Applicant.retiree;
import static cn.gov.xinbei.pfp.assistance.eligibility.AssistanceDmn.ELIGIBLE;
import static cn.gov.xinbei.pfp.assistance.eligibility.AssistanceDmn.INELIGIBLE;
import static cn.gov.xinbei.pfp.assistance.eligibility.AssistanceDmn.NEEDS_CONFIRMATION;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.gov.xinbei.pfp.assistance.eligibility.AssistanceDmn.Verdict;

/** {@code retireeOneOffAwardEligibility}: provincial 实施意见, Changzhou 补充意见 [NF] (REFERENCE 4.4). */
class RetireeOneOffAwardEligibilityTest {

    static final String ARTICLE = "《省政府关于对持独生子女父母光荣证退休的企业职工实行一次性奖励的实施意见》；"
            + "常州市《市政府关于对持证退休的企业职工实行一次性奖励的补充意见》";

    static void assertVerdict(Verdict verdict, String outcome, String... reasonMentions) {
        assertThat(verdict.outcome()).as("outcome of %s", verdict).isEqualTo(outcome);
        assertThat(verdict.article()).isEqualTo(ARTICLE);
        assertThat(verdict.subType()).isNull();
        assertThat(verdict.reason()).as("reason of %s", verdict).isNotBlank();
        if (reasonMentions.length > 0) {
            assertThat(verdict.reason()).contains(reasonMentions);
        }
    }

    @Test
    void confirmedRetireeInsideTheWindowIsEligible() {
        assertVerdict(retiree().evaluate(), ELIGIBLE, "人社部门已确认");
    }

    @ParameterizedTest(name = "retired {0} → {1}")
    @CsvSource({"1995-12-31, INELIGIBLE", "1996-01-01, ELIGIBLE", "2007-12-31, ELIGIBLE", "2008-01-01, INELIGIBLE"})
    void defaultWindowEdgesAreInclusive(String retired, String outcome) {
        assertThat(retiree().retired(retired).evaluate().outcome()).isEqualTo(outcome);
    }

    @Test
    void retiredBeforeTheWindowNamesTheConfiguredStart() {
        assertVerdict(retiree().retired("1995-12-31").evaluate(), INELIGIBLE, "早于", "1996-01-01");
    }

    @Test
    void retiredAfterTheWindowNamesTheConfiguredEnd() {
        assertVerdict(retiree().retired("2008-01-01").evaluate(), INELIGIBLE, "晚于", "2007-12-31");
    }

    @Test
    void theBureauMovesTheWindowByConfigurationNotByDmn() {
        Applicant laterRetiree = retiree().retired("2010-05-01").set("retirementWindowEnd", LocalDate.of(2013, 12, 31));
        assertVerdict(laterRetiree.evaluate(), ELIGIBLE);
    }

    @Test
    void fivePercentTopUpReceivedDisqualifies() {
        assertVerdict(retiree().set("receivedPensionTopUp", true).evaluate(), INELIGIBLE, "加发5%");
    }

    @Test
    void noCertificateDisqualifies() {
        assertVerdict(retiree().set("holdsOnlyChildParentCertificate", false).evaluate(), INELIGIBLE,
                "未持有《独生子女父母光荣证》");
    }

    @Test
    void civilServiceRetireeIsNotCovered() {
        assertVerdict(retiree().set("enterpriseBasicPensionRetiree", false).evaluate(), INELIGIBLE, "企业职工基本养老保险");
    }

    @Test
    void hrConfirmationPendingNeedsConfirmation() {
        assertVerdict(retiree().set("hrConfirmation", "PENDING").evaluate(), NEEDS_CONFIRMATION, "人力资源和社会保障部门确认");
    }

    @Test
    void hrFindingOtherwiseDisqualifies() {
        assertVerdict(retiree().set("hrConfirmation", "REJECTED").evaluate(), INELIGIBLE, "与申报不符");
    }

    @Test
    void aSureFailureWinsOverPendingConfirmation() {
        assertVerdict(retiree().set("hrConfirmation", "PENDING").set("receivedPensionTopUp", true).evaluate(),
                INELIGIBLE, "加发5%");
    }

    @Test
    void missingRetirementDateIsIncomplete() {
        assertVerdict(retiree().retired(null).evaluate(), INELIGIBLE, "申请信息不完整");
    }

    @Test
    void missingWindowConfigurationNeverMakesACaseEligible() {
        assertVerdict(retiree().set("retirementWindowEnd", null).evaluate(), INELIGIBLE, "申请信息不完整");
        assertVerdict(retiree().set("retirementWindowStart", null).evaluate(), INELIGIBLE, "申请信息不完整");
    }
}
