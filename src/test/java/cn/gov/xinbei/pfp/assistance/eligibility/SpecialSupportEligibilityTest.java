package cn.gov.xinbei.pfp.assistance.eligibility;

import static cn.gov.xinbei.pfp.assistance.eligibility.Applicant.ruralAward;
import static cn.gov.xinbei.pfp.assistance.eligibility.Applicant.specialSupport;
import static cn.gov.xinbei.pfp.assistance.eligibility.AssistanceDmn.ELIGIBLE;
import static cn.gov.xinbei.pfp.assistance.eligibility.AssistanceDmn.INELIGIBLE;
import static cn.gov.xinbei.pfp.assistance.eligibility.AssistanceDmn.NEEDS_CONFIRMATION;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.gov.xinbei.pfp.assistance.eligibility.AssistanceDmn.Verdict;

/** {@code specialSupportEligibility_2007}: PFPL art. 27(4), 2007 pilot plan, 暂行办法 art. 6 (REFERENCE 4.2, 4.5). */
class SpecialSupportEligibilityTest {

    static final String BAN = "《全国计划生育家庭特别扶助专项资金管理暂行办法》第六条";
    static final String ALL = "《人口与计划生育法》第二十七条第四款；《全国独生子女伤残死亡家庭扶助制度试点方案》（2007年）；" + BAN;
    static final String ITEM_1 = BAN + "第（一）项";
    static final String ITEM_2 = BAN + "第（二）项";
    static final String ITEM_3 = BAN + "第（三）项";
    static final String ITEM_4 = BAN + "第（四）项";
    static final String NO_MORE_CHILDREN = "《人口与计划生育法》第二十七条第四款；" + BAN;

    static void assertVerdict(Verdict verdict, String outcome, String article, String subType, String... reasonMentions) {
        assertThat(verdict.outcome()).as("outcome of %s", verdict).isEqualTo(outcome);
        assertThat(verdict.article()).as("article of %s", verdict).isEqualTo(article);
        assertThat(verdict.subType()).as("subType of %s", verdict).isEqualTo(subType);
        assertThat(verdict.reason()).as("reason of %s", verdict).isNotBlank();
        if (reasonMentions.length > 0) {
            assertThat(verdict.reason()).contains(reasonMentions);
        }
    }

    @Test
    void onlyChildDiedIsEligibleForTheDeathRate() {
        assertVerdict(specialSupport().evaluate(), ELIGIBLE, ALL, "DEATH", "独生子女死亡");
    }

    @Nested
    class Disability {

        @ParameterizedTest(name = "grade {0}")
        @ValueSource(ints = {1, 2, 3})
        void grades1To3QualifyForTheDisabilityRate(int grade) {
            assertVerdict(specialSupport().disabledChild(grade).evaluate(), ELIGIBLE, ALL, "DISABILITY", "三级以上残疾");
        }

        @Test
        void grade4DoesNotQualify() {
            assertVerdict(specialSupport().disabledChild(4).evaluate(), INELIGIBLE, ITEM_4, null, "四级");
        }

        @Test
        void grade4DoesNotQualifyEvenWhileTheCertificateIsPending() {
            assertVerdict(specialSupport().disabledChild(4).set("childStatusProven", false).evaluate(),
                    INELIGIBLE, ITEM_4, null, "四级");
        }

        @Test
        void aLivingChildWithoutDisabilityDoesNotQualify() {
            assertVerdict(specialSupport().set("childStatus", "NEITHER").evaluate(), INELIGIBLE, ITEM_4, null,
                    "健在且未被鉴定为残疾");
        }

        @Test
        void disabilityWithoutAGradeIsIncomplete() {
            assertVerdict(specialSupport().set("childStatus", "DISABLED").evaluate(), INELIGIBLE, ALL, null,
                    "申请信息不完整");
        }
    }

    @Nested
    class Age {

        @Test
        void wifeReaching49InTheApplicationYearQualifies() {
            assertVerdict(specialSupport().set("wifeBirthDate", LocalDate.of(1963, 12, 31)).evaluate(),
                    ELIGIBLE, ALL, "DEATH");
        }

        @Test
        void wifeReaching49AfterTheApplicationYearDoesNot() {
            assertVerdict(specialSupport().set("wifeBirthDate", LocalDate.of(1964, 1, 1)).evaluate(),
                    INELIGIBLE, ITEM_2, null, "女方在申请当年未满49周岁");
        }

        @Test
        void theHusbandsAgeDoesNotCountForACouple() {
            assertVerdict(specialSupport().born("1940-01-01").set("wifeBirthDate", LocalDate.of(1967, 3, 3)).evaluate(),
                    INELIGIBLE, ITEM_2, null, "女方");
        }

        @Test
        void singleParentAged49QualifiesOnTheirOwnAge() {
            assertVerdict(specialSupport().singleParentBorn("1963-07-01").evaluate(), ELIGIBLE, ALL, "DEATH");
        }

        @Test
        void singleFatherAged49Qualifies() {
            assertVerdict(specialSupport().singleParentBorn("1963-01-01").disabledChild(2).evaluate(),
                    ELIGIBLE, ALL, "DISABILITY");
        }

        @Test
        void singleParentAged48DoesNot() {
            assertVerdict(specialSupport().singleParentBorn("1964-01-01").evaluate(), INELIGIBLE, ITEM_2, null,
                    "单亲家庭本人在申请当年未满49周岁");
        }

        @Test
        void bornOnTheFirstDayOf1933Qualifies() {
            assertVerdict(specialSupport().born("1933-01-01").set("wifeBirthDate", LocalDate.of(1935, 2, 2)).evaluate(),
                    ELIGIBLE, ALL, "DEATH");
        }

        @Test
        void bornOnTheLastDayOf1932DoesNot() {
            assertVerdict(specialSupport().born("1932-12-31").evaluate(), INELIGIBLE, ITEM_1, null, "1933年1月1日以前出生");
        }

        @Test
        void coupleWithoutTheWifesBirthDateIsIncomplete() {
            assertVerdict(specialSupport().set("wifeBirthDate", null).evaluate(), INELIGIBLE, ALL, null, "申请信息不完整");
        }

        @Test
        void unknownFamilyTypeIsIncomplete() {
            assertVerdict(specialSupport().set("singleParent", null).evaluate(), INELIGIBLE, ALL, null, "申请信息不完整");
        }
    }

    @Nested
    class OnlyChildAndNoFurtherChild {

        @Test
        void anotherChildAdoptedAfterTheDeathDisqualifies() {
            assertVerdict(specialSupport().set("childBornOrAdoptedAfterwards", true).evaluate(),
                    INELIGIBLE, NO_MORE_CHILDREN, null, "又生育或收养了子女");
        }

        @Test
        void anotherChildBornAfterTheDisabilityDisqualifies() {
            assertVerdict(specialSupport().disabledChild(1).set("childBornOrAdoptedAfterwards", true).evaluate(),
                    INELIGIBLE, NO_MORE_CHILDREN, null);
        }

        @Test
        void notAnOnlyChildFamilyDoesNotQualify() {
            assertVerdict(specialSupport().set("onlyOneChild", false).evaluate(), INELIGIBLE, ITEM_3, null,
                    "不属于只生育一个子女或合法收养一个子女");
        }
    }

    @Nested
    class PendingProof {

        @Test
        void deathCertificateStillToBeVerifiedNeedsConfirmation() {
            assertVerdict(specialSupport().set("childStatusProven", false).evaluate(), NEEDS_CONFIRMATION, ALL, "DEATH",
                    "死亡证明", "尚待核实");
        }

        @Test
        void disabilityCertificateStillToBeVerifiedNeedsConfirmation() {
            assertVerdict(specialSupport().disabledChild(3).set("childStatusProven", false).evaluate(),
                    NEEDS_CONFIRMATION, ALL, "DISABILITY", "残疾人证", "残联");
        }

        @Test
        void aSureFailureWinsOverPendingProof() {
            assertVerdict(specialSupport().set("childStatusProven", false).set("childBornOrAdoptedAfterwards", true)
                    .evaluate(), INELIGIBLE, NO_MORE_CHILDREN, null);
        }
    }

    /** REFERENCE 4.5: a rural parent of 60+ whose only child died meets both schemes; drawing both at once is [NF]. */
    @Test
    void childDiedCanMeetBothTheRuralAwardAndSpecialSupport() {
        Verdict rural = ruralAward().born("1950-02-02").children(0, 0, 1).evaluate();
        Verdict special = specialSupport().born("1950-02-02").set("wifeBirthDate", LocalDate.of(1952, 8, 8)).evaluate();
        assertThat(rural.outcome()).isEqualTo(ELIGIBLE);
        assertThat(special.outcome()).isEqualTo(ELIGIBLE);
        assertThat(special.subType()).isEqualTo("DEATH");
    }
}
