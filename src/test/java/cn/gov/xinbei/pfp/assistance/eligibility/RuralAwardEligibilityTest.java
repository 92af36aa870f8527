package cn.gov.xinbei.pfp.assistance.eligibility;

import static cn.gov.xinbei.pfp.assistance.eligibility.Applicant.ruralAward;
import static cn.gov.xinbei.pfp.assistance.eligibility.AssistanceDmn.ELIGIBLE;
import static cn.gov.xinbei.pfp.assistance.eligibility.AssistanceDmn.INELIGIBLE;
import static cn.gov.xinbei.pfp.assistance.eligibility.AssistanceDmn.NEEDS_CONFIRMATION;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import cn.gov.xinbei.pfp.assistance.eligibility.AssistanceDmn.Verdict;

/** {@code ruralAwardEligibility_2004}: 国办发〔2004〕21号 / 国人口发〔2004〕39号 (REFERENCE 4.1, 4.5). */
class RuralAwardEligibilityTest {

    static final String ALL = "国办发〔2004〕21号；国人口发〔2004〕39号";
    static final String HUKOU = "国人口发〔2004〕39号（户口性质条件）";
    static final String AGE = "国人口发〔2004〕39号（年龄条件）";
    static final String BORN_1933 = "国人口发〔2004〕39号（年龄条件）及地方实施通知（1933年1月1日以后出生）";
    static final String POLICY = "国人口发〔2004〕39号（1973年至2001年间无违法生育条件）";
    static final String CHILDREN = "国人口发〔2004〕39号（子女条件）";

    static void assertVerdict(Verdict verdict, String outcome, String article, String... reasonMentions) {
        assertThat(verdict.outcome()).as("outcome of %s", verdict).isEqualTo(outcome);
        assertThat(verdict.article()).as("article of %s", verdict).isEqualTo(article);
        assertThat(verdict.reason()).as("reason of %s", verdict).isNotBlank();
        if (reasonMentions.length > 0) {
            assertThat(verdict.reason()).contains(reasonMentions);
        }
        assertThat(verdict.subType()).as("奖扶 has no sub-type").isNull();
    }

    @Test
    void baselineRuralCoupleWithOneChildIsEligible() {
        assertVerdict(ruralAward().evaluate(), ELIGIBLE, ALL, "现存一个子女");
    }

    @Nested
    class Children {

        @Test
        void twoGirlsQualify() {
            assertVerdict(ruralAward().children(2, 2, 0).evaluate(), ELIGIBLE, ALL, "现存两个女孩");
        }

        @Test
        void boyAndGirlDoNotQualify() {
            assertVerdict(ruralAward().children(2, 1, 0).evaluate(), INELIGIBLE, CHILDREN, "不都是女孩");
        }

        @Test
        void twoBoysDoNotQualify() {
            assertVerdict(ruralAward().children(2, 0, 0).evaluate(), INELIGIBLE, CHILDREN, "不都是女孩");
        }

        @Test
        void threeLivingChildrenDoNotQualify() {
            assertVerdict(ruralAward().children(3, 3, 0).evaluate(), INELIGIBLE, CHILDREN, "三个及以上");
        }

        @Test
        void childDiedAndNoneLivingQualifies() {
            assertVerdict(ruralAward().children(0, 0, 1).evaluate(), ELIGIBLE, ALL, "子女死亡现无子女");
        }

        @Test
        void oneLivingChildAfterAnotherDiedQualifiesAsOneLivingChild() {
            assertVerdict(ruralAward().children(1, 1, 1).evaluate(), ELIGIBLE, ALL, "现存一个子女");
        }

        @Test
        void neverHavingHadChildrenIsNotChildrenDied() {
            assertVerdict(ruralAward().children(0, 0, 0).evaluate(), INELIGIBLE, CHILDREN, "从未生育或收养子女");
        }
    }

    @Nested
    class Age {

        @Test
        void sixtiethBirthdayOnTheLastDayOfTheApplicationYearCounts() {
            assertVerdict(ruralAward().born("1952-12-31").evaluate(), ELIGIBLE, ALL);
        }

        @Test
        void sixtiethBirthdayLaterInTheApplicationYearCounts() {
            assertVerdict(ruralAward().born("1952-11-30").appliedOn("2012-01-05").evaluate(), ELIGIBLE, ALL);
        }

        @Test
        void sixtiethBirthdayAfterTheApplicationYearDoesNot() {
            assertVerdict(ruralAward().born("1953-01-01").appliedOn("2012-12-31").evaluate(), INELIGIBLE, AGE,
                    "未满60周岁");
        }

        @Test
        void bornOnTheFirstDayOf1933Qualifies() {
            assertVerdict(ruralAward().born("1933-01-01").evaluate(), ELIGIBLE, ALL);
        }

        @Test
        void bornOnTheLastDayOf1932DoesNot() {
            assertVerdict(ruralAward().born("1932-12-31").evaluate(), INELIGIBLE, BORN_1933, "1933年1月1日以前出生");
        }
    }

    @Nested
    class OutOfPolicyBirths {

        @ParameterizedTest(name = "birth in breach of policy in {0} → {1}")
        @CsvSource({"1972, ELIGIBLE", "1973, INELIGIBLE", "1990, INELIGIBLE", "2001, INELIGIBLE", "2002, ELIGIBLE"})
        void onlyTheYears1973To2001Count(int year, String outcome) {
            Verdict verdict = ruralAward().outOfPolicyBirths(year).evaluate();
            assertThat(verdict.outcome()).isEqualTo(outcome);
            if (outcome.equals(INELIGIBLE)) {
                assertVerdict(verdict, INELIGIBLE, POLICY, "1973年至2001年间有违反计划生育");
            }
        }

        @Test
        void birthsJustOutsideTheWindowOnBothSidesDoNotCount() {
            assertVerdict(ruralAward().outOfPolicyBirths(1972, 2002).evaluate(), ELIGIBLE, ALL);
        }

        @Test
        void oneBirthInsideTheWindowAmongOthersDisqualifies() {
            assertVerdict(ruralAward().outOfPolicyBirths(1972, 1985, 2002).evaluate(), INELIGIBLE, POLICY);
        }
    }

    @Nested
    class Hukou {

        @Test
        void ruralResidentHukouWhereTheSplitWasAbolishedQualifies() {
            assertVerdict(ruralAward().hukou("RURAL_RESIDENT", "RURAL_RESIDENT").evaluate(), ELIGIBLE, ALL);
        }

        @Test
        void widowedOrDivorcedApplicantIsTestedAlone() {
            assertVerdict(ruralAward().hukou("AGRICULTURAL", "NO_SPOUSE").evaluate(), ELIGIBLE, ALL);
        }

        @Test
        void urbanApplicantDoesNotQualify() {
            assertVerdict(ruralAward().hukou("URBAN", "AGRICULTURAL").evaluate(), INELIGIBLE, HUKOU, "本人为非农业户口");
        }

        @Test
        void urbanSpouseDoesNotQualify() {
            assertVerdict(ruralAward().hukou("AGRICULTURAL", "URBAN").evaluate(), INELIGIBLE, HUKOU, "配偶为非农业户口");
        }

        @Test
        void hukouAwaitingThePoliceProofNeedsConfirmation() {
            assertVerdict(ruralAward().hukou("UNCONFIRMED", "AGRICULTURAL").evaluate(), NEEDS_CONFIRMATION, HUKOU,
                    "派出所", "户口性质证明", "现存一个子女");
        }

        @Test
        void spouseHukouPendingWithTwoGirlsNeedsConfirmation() {
            assertVerdict(ruralAward().hukou("AGRICULTURAL", "UNCONFIRMED").children(2, 2, 0).evaluate(),
                    NEEDS_CONFIRMATION, HUKOU, "现存两个女孩");
        }

        @Test
        void bothPendingAfterTheChildDiedNeedsConfirmation() {
            assertVerdict(ruralAward().hukou("UNCONFIRMED", "UNCONFIRMED").children(0, 0, 2).evaluate(),
                    NEEDS_CONFIRMATION, HUKOU, "子女死亡现无子女");
        }

        @Test
        void aSureFailureWinsOverAPendingHukou() {
            assertVerdict(ruralAward().hukou("UNCONFIRMED", "AGRICULTURAL").outOfPolicyBirths(1980).evaluate(),
                    INELIGIBLE, POLICY);
            assertVerdict(ruralAward().hukou("UNCONFIRMED", "URBAN").evaluate(), INELIGIBLE, HUKOU, "配偶");
            assertVerdict(ruralAward().hukou("UNCONFIRMED", "AGRICULTURAL").children(2, 1, 0).evaluate(),
                    INELIGIBLE, CHILDREN);
        }
    }

    @Nested
    class IncompleteInformation {

        @ParameterizedTest(name = "{0} missing")
        @ValueSource(strings = {"applicationDate", "birthDate", "applicantHukou", "spouseHukou",
            "outOfPolicyBirthYears", "livingChildren"})
        void aMissingFactNeverMakesACaseEligible(String variable) {
            assertVerdict(ruralAward().set(variable, null).evaluate(), INELIGIBLE, ALL, "申请信息不完整");
        }

        @Test
        void missingDaughterCountWithTwoChildrenIsIncomplete() {
            assertVerdict(ruralAward().children(2, 2, 0).set("livingDaughters", null).evaluate(), INELIGIBLE, ALL,
                    "申请信息不完整");
        }

        @Test
        void unknownHukouCodeIsIncomplete() {
            assertVerdict(ruralAward().hukou("FARMER", "AGRICULTURAL").evaluate(), INELIGIBLE, ALL, "申请信息不完整");
        }

        @Test
        void noSpouseIsNotAValidApplicantHukou() {
            assertVerdict(ruralAward().hukou("NO_SPOUSE", "AGRICULTURAL").evaluate(), INELIGIBLE, ALL, "申请信息不完整");
        }
    }

    @Test
    void theFirstFailedConditionInRowOrderIsReported() {
        assertVerdict(ruralAward().born("1932-06-01").hukou("URBAN", "URBAN").evaluate(), INELIGIBLE, BORN_1933);
    }
}
