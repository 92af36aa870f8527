package cn.gov.xinbei.pfp.secondchild.eligibility;

import static cn.gov.xinbei.pfp.secondchild.eligibility.EligibilityDmn.REGULATION;
import static cn.gov.xinbei.pfp.secondchild.eligibility.EligibilityDmn.evaluate;
import static cn.gov.xinbei.pfp.secondchild.eligibility.Family.applyingUnder;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import cn.gov.xinbei.pfp.secondchild.eligibility.EligibilityDmn.Verdict;

/** Behaviour of {@code secondChildEligibility_js2004} (Jiangsu regulation as amended 2004, arts. 22-26). */
class SecondChildEligibilityJs2004Test {

    static final String ELIGIBLE = "ELIGIBLE";
    static final String INELIGIBLE = "INELIGIBLE";
    static final String NEEDS_ASSESSMENT = "NEEDS_ASSESSMENT";

    static final String ART22_1 = REGULATION + "第二十二条第（一）项";
    static final String ART22_2 = REGULATION + "第二十二条第（二）项";
    static final String ART22_3 = REGULATION + "第二十二条第（三）项";
    static final String ART22_4 = REGULATION + "第二十二条第（四）项";
    static final String ART22_5 = REGULATION + "第二十二条第（五）项";
    static final String ART22_6 = REGULATION + "第二十二条第（六）项";
    static final String ART22_7 = REGULATION + "第二十二条第（七）项";
    static final String ART23 = REGULATION + "第二十三条";
    static final String ART23_1 = REGULATION + "第二十三条第一款第（一）项";
    static final String ART23_2 = REGULATION + "第二十三条第一款第（二）项";
    static final String ART24 = REGULATION + "第二十四条";
    static final String ART25 = REGULATION + "第二十五条";
    static final String ART26 = REGULATION + "第二十六条";
    static final String NO_CONDITION = REGULATION + "第二十二条至第二十五条";

    /** All condition codes the age rule of art. 26 applies to (all but the remarriage items). */
    static final String[] AGE_RULE_CODES = {"ART22_1", "ART22_2", "ART22_5", "ART22_6", "ART22_7", "ART23_1",
        "ART23_2", "ART23_3", "ART23_4", "ART23_5", "ART23_6", "ART23_P2", "ART24", "ART25"};

    static final String[] RURAL_ONLY_CODES = {"ART23_1", "ART23_2", "ART23_3", "ART23_4", "ART23_5", "ART23_6",
        "ART23_P2"};

    private static void assertVerdict(Verdict verdict, String outcome, String article, String... reasonMentions) {
        assertThat(verdict.outcome()).as("outcome of %s", verdict).isEqualTo(outcome);
        assertThat(verdict.article()).as("article of %s", verdict).isEqualTo(article);
        assertThat(verdict.reason()).as("reason").isNotBlank().contains(reasonMentions);
    }

    @Nested
    @DisplayName("art. 26: woman must be 24, except remarriage items (三)(四)")
    class AgeRule {

        @Test
        void womanExactly24IsOldEnough() {
            assertVerdict(evaluate(applyingUnder("ART22_6").bothOnlyChildren().womanAge(24)),
                    ELIGIBLE, ART22_6, "夫妻均为独生子女");
        }

        @Test
        void womanAged23IsTooYoungEvenWhenTheConditionIsMet() {
            assertVerdict(evaluate(applyingUnder("ART22_6").bothOnlyChildren().womanAge(23)),
                    INELIGIBLE, ART26, "未满二十四周岁");
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("cn.gov.xinbei.pfp.secondchild.eligibility.SecondChildEligibilityJs2004Test#ageRuleCodes")
        void ageRuleComesFirstForEveryNonRemarriageCondition(String code) {
            Family family = applyingUnder(code).womanAge(23).rural().oneGirl().proven().bothOnlyChildren()
                    .husbandTwoGenerationOnlyChild().assessment("QUALIFIES");
            assertVerdict(evaluate(family), INELIGIBLE, ART26, "二十四周岁");
        }

        @Test
        void widowRemarriageMayApplyUnder24() {
            Family family = applyingUnder("ART22_3").womanAge(22).remarriedWithoutChildTogether()
                    .husbandWidowed(1).wifeChildrenEver(0);
            assertVerdict(evaluate(family), ELIGIBLE, ART22_3, "丧偶");
        }

        @Test
        void divorceRemarriageMayApplyUnder24() {
            Family family = applyingUnder("ART22_4").womanAge(21).remarriedWithoutChildTogether()
                    .husbandDivorced(1).wifeChildrenEver(0);
            assertVerdict(evaluate(family), ELIGIBLE, ART22_4, "离婚");
        }

        @Test
        void anUnknownConditionIsReportedAsSuchEvenForAYoungWoman() {
            assertVerdict(evaluate(applyingUnder("ART99").womanAge(20)),
                    INELIGIBLE, NO_CONDITION, "未选择或无法识别");
        }
    }

    static Stream<String> ageRuleCodes() {
        return Stream.of(AGE_RULE_CODES);
    }

    static Stream<String> ruralOnlyCodes() {
        return Stream.of(RURAL_ONLY_CODES);
    }

    @Nested
    @DisplayName("art. 23 applies only when the woman is rural")
    class RuralOnly {

        @ParameterizedTest(name = "{0}")
        @MethodSource("cn.gov.xinbei.pfp.secondchild.eligibility.SecondChildEligibilityJs2004Test#ruralOnlyCodes")
        void urbanWomanCannotUseArticle23EvenWithEveryFactProven(String code) {
            Family family = applyingUnder(code).urban().oneGirl().proven().husbandOnlyChild();
            assertVerdict(evaluate(family), INELIGIBLE, ART23, "仅适用于女方为农村居民", "女方不是农村居民");
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("cn.gov.xinbei.pfp.secondchild.eligibility.SecondChildEligibilityJs2004Test#ruralOnlyCodes")
        void sameFamilyWithRuralWomanIsEligible(String code) {
            Family family = applyingUnder(code).rural().oneGirl().proven().husbandOnlyChild();
            Verdict verdict = evaluate(family);
            assertThat(verdict.outcome()).isEqualTo(ELIGIBLE);
            assertThat(verdict.article()).startsWith(ART23);
        }

        @Test
        void unknownRuralStatusNeverMakesACaseEligible() {
            Family family = applyingUnder("ART23_1").missing("womanRural").husbandOnlyChild();
            assertVerdict(evaluate(family), INELIGIBLE, ART23_1, "申请信息不完整");
        }
    }

    @Nested
    @DisplayName("only children in 2012: 双独 / 两代独生子女 (any couple) vs 单独 (rural woman only)")
    class OnlyChildren {

        @Test
        void bothSpousesOnlyChildrenUrban() {
            assertVerdict(evaluate(applyingUnder("ART22_6").bothOnlyChildren()), ELIGIBLE, ART22_6, "夫妻均为独生子女");
        }

        @Test
        void husbandTwoGenerationOnlyChildUrban() {
            assertVerdict(evaluate(applyingUnder("ART22_6").husbandTwoGenerationOnlyChild()),
                    ELIGIBLE, ART22_6, "男方为两代独生子女");
        }

        @Test
        void wifeTwoGenerationOnlyChildUrban() {
            assertVerdict(evaluate(applyingUnder("ART22_6").wifeTwoGenerationOnlyChild()),
                    ELIGIBLE, ART22_6, "女方为两代独生子女");
        }

        @Test
        void onlyOneSpouseOnlyChildUrbanIsNotEligibleIn2012() {
            assertVerdict(evaluate(applyingUnder("ART22_6").husbandOnlyChild().urban()),
                    INELIGIBLE, ART22_6, "并非均为独生子女", "第二十三条第一款第（一）项");
            assertVerdict(evaluate(applyingUnder("ART22_6").wifeOnlyChild().urban()),
                    INELIGIBLE, ART22_6, "并非均为独生子女");
        }

        @Test
        void onlyOneSpouseOnlyChildUrbanCannotSwitchToArticle23() {
            assertVerdict(evaluate(applyingUnder("ART23_1").husbandOnlyChild().urban()),
                    INELIGIBLE, ART23, "女方为农村居民");
        }

        @Test
        void husbandOnlyChildRuralWomanIsEligibleUnderArt23Item1() {
            assertVerdict(evaluate(applyingUnder("ART23_1").husbandOnlyChild().rural()),
                    ELIGIBLE, ART23_1, "男方为独生子女");
        }

        @Test
        void wifeOnlyChildRuralWomanIsEligibleUnderArt23Item1() {
            assertVerdict(evaluate(applyingUnder("ART23_1").wifeOnlyChild().rural()),
                    ELIGIBLE, ART23_1, "女方为独生子女");
        }

        @Test
        void ruralNeitherOnlyChild() {
            assertVerdict(evaluate(applyingUnder("ART23_1").rural()), INELIGIBLE, ART23_1, "夫妻双方均不是独生子女");
        }

        @Test
        void ruralSingleOnlyChildWithTwoChildren() {
            assertVerdict(evaluate(applyingUnder("ART23_1").rural().husbandOnlyChild().boyAndGirl()),
                    INELIGIBLE, ART23_1, "夫妻现有子女不是一个", "只有一个孩子");
        }

        @Test
        void bothOnlyChildrenButTwoChildren() {
            assertVerdict(evaluate(applyingUnder("ART22_6").bothOnlyChildren().twoGirls()),
                    INELIGIBLE, ART22_6, "夫妻现有子女不是一个", "只有一个孩子");
        }

        @Test
        void bothOnlyChildrenButNoChildYet() {
            assertVerdict(evaluate(applyingUnder("ART22_6").bothOnlyChildren().noChildren()),
                    INELIGIBLE, ART22_6, "夫妻现有子女不是一个");
        }

        @Test
        void neitherOnlyChildUrban() {
            assertVerdict(evaluate(applyingUnder("ART22_6")), INELIGIBLE, ART22_6, "两代独生子女");
        }
    }

    @Nested
    @DisplayName("ART22_1 病残儿")
    class DisabledChild {

        @Test
        void assessmentQualifies() {
            assertVerdict(evaluate(applyingUnder("ART22_1").assessment("QUALIFIES")),
                    ELIGIBLE, ART22_1, "病残儿医学鉴定");
        }

        @ParameterizedTest(name = "assessment {0}")
        @ValueSource(strings = {"NONE", "PENDING"})
        void assessmentMissingOrPendingNeedsAssessment(String assessment) {
            assertVerdict(evaluate(applyingUnder("ART22_1").assessment(assessment)),
                    NEEDS_ASSESSMENT, ART22_1, "病残儿医学鉴定");
        }

        @Test
        void assessmentDoesNotQualify() {
            assertVerdict(evaluate(applyingUnder("ART22_1").assessment("NOT_QUALIFIES")),
                    INELIGIBLE, ART22_1, "鉴定结论");
        }

        @ParameterizedTest(name = "assessment {0}")
        @ValueSource(strings = {"NONE", "PENDING", "QUALIFIES"})
        void twoChildrenAreNotSentToAssessment(String assessment) {
            assertVerdict(evaluate(applyingUnder("ART22_1").boyAndGirl().assessment(assessment)),
                    INELIGIBLE, ART22_1, "夫妻现有子女不是一个", "只有一个孩子");
        }

        @Test
        void unknownAssessmentValueFallsBack() {
            assertVerdict(evaluate(applyingUnder("ART22_1").missing("disabledChildAssessment")),
                    INELIGIBLE, ART22_1, "申请信息不完整");
        }
    }

    @Nested
    @DisplayName("ART22_2 因公致残 / 烈士独生子女")
    class DisabledVeteranOrMartyr {

        @Test
        void certificateOnFileAndOneChild() {
            assertVerdict(evaluate(applyingUnder("ART22_2").proven()), ELIGIBLE, ART22_2, "二等乙级以上");
        }

        @Test
        void certificateMissing() {
            assertVerdict(evaluate(applyingUnder("ART22_2")), INELIGIBLE, ART22_2, "未提交", "烈士的独生子女的证明");
        }

        @Test
        void twoChildren() {
            assertVerdict(evaluate(applyingUnder("ART22_2").proven().boyAndGirl()),
                    INELIGIBLE, ART22_2, "夫妻现有子女不是一个", "只有一个孩子");
        }
    }

    @Nested
    @DisplayName("ART22_3 丧偶再婚")
    class WidowedRemarriage {

        @Test
        void widowerWithChildrenMarriesWomanWithoutChildren() {
            Family family = applyingUnder("ART22_3").remarriedWithoutChildTogether().husbandWidowed(2).wifeChildrenEver(0);
            assertVerdict(evaluate(family), ELIGIBLE, ART22_3, "男方系丧偶者");
        }

        @Test
        void widowWithChildMarriesManWithoutChildren() {
            Family family = applyingUnder("ART22_3").remarriedWithoutChildTogether().wifeWidowed(1).husbandChildrenEver(0);
            assertVerdict(evaluate(family), ELIGIBLE, ART22_3, "女方系丧偶者");
        }

        @Test
        void otherSpouseAlreadyHasAChild() {
            Family family = applyingUnder("ART22_3").remarriedWithoutChildTogether().husbandWidowed(1).wifeChildrenEver(1);
            assertVerdict(evaluate(family), INELIGIBLE, ART22_3, "配偶（女方）已生育过子女", "另一方未生育");
        }

        @Test
        void otherSpouseAlreadyHasAChildMirror() {
            Family family = applyingUnder("ART22_3").remarriedWithoutChildTogether().wifeWidowed(1).husbandChildrenEver(2);
            assertVerdict(evaluate(family), INELIGIBLE, ART22_3, "配偶（男方）已生育过子女", "另一方未生育");
        }

        @Test
        void divorcedIsNotWidowed() {
            Family family = applyingUnder("ART22_3").remarriedWithoutChildTogether().husbandDivorced(1).wifeChildrenEver(0);
            assertVerdict(evaluate(family), INELIGIBLE, ART22_3, "均不是丧偶者");
        }

        @Test
        void firstMarriageCouple() {
            assertVerdict(evaluate(applyingUnder("ART22_3")), INELIGIBLE, ART22_3, "均不是丧偶者");
        }
    }

    @Nested
    @DisplayName("ART22_4 离婚再婚")
    class DivorcedRemarriage {

        @ParameterizedTest(name = "divorced husband with {0} child(ren)")
        @ValueSource(ints = {1, 2})
        void divorcedHusbandWithOneOrTwoChildren(int childrenEver) {
            Family family = applyingUnder("ART22_4").remarriedWithoutChildTogether()
                    .husbandDivorced(childrenEver).wifeChildrenEver(0);
            assertVerdict(evaluate(family), ELIGIBLE, ART22_4, "男方系离婚者");
        }

        @Test
        void divorcedWifeWithOneChild() {
            Family family = applyingUnder("ART22_4").remarriedWithoutChildTogether().wifeDivorced(1).husbandChildrenEver(0);
            assertVerdict(evaluate(family), ELIGIBLE, ART22_4, "女方系离婚者");
        }

        @Test
        void divorcedWithThreeChildren() {
            Family family = applyingUnder("ART22_4").remarriedWithoutChildTogether().husbandDivorced(3).wifeChildrenEver(0);
            assertVerdict(evaluate(family), INELIGIBLE, ART22_4, "不是一个或两个", "只有一个孩子或者依法生育过两个孩子");
        }

        @Test
        void divorcedWifeWithThreeChildren() {
            Family family = applyingUnder("ART22_4").remarriedWithoutChildTogether().wifeDivorced(3).husbandChildrenEver(0);
            assertVerdict(evaluate(family), INELIGIBLE, ART22_4, "离婚一方（女方）", "依法生育过两个孩子");
        }

        @Test
        void divorcedWithoutChildren() {
            Family family = applyingUnder("ART22_4").remarriedWithoutChildTogether().husbandDivorced(0).wifeChildrenEver(0);
            assertVerdict(evaluate(family), INELIGIBLE, ART22_4, "不是一个或两个");
        }

        @Test
        void otherSpouseAlreadyHasAChild() {
            Family family = applyingUnder("ART22_4").remarriedWithoutChildTogether().husbandDivorced(1).wifeChildrenEver(1);
            assertVerdict(evaluate(family), INELIGIBLE, ART22_4, "配偶（女方）已生育过子女", "另一方未生育");
        }

        @Test
        void otherSpouseAlreadyHasAChildMirror() {
            Family family = applyingUnder("ART22_4").remarriedWithoutChildTogether().wifeDivorced(2).husbandChildrenEver(1);
            assertVerdict(evaluate(family), INELIGIBLE, ART22_4, "配偶（男方）已生育过子女", "另一方未生育");
        }

        @Test
        void bothDivorcedAndBothHaveChildren() {
            Family family = applyingUnder("ART22_4").remarriedWithoutChildTogether().husbandDivorced(1).wifeDivorced(1);
            assertVerdict(evaluate(family), INELIGIBLE, ART22_4, "另一方未生育");
        }

        @Test
        void widowedIsNotDivorced() {
            Family family = applyingUnder("ART22_4").remarriedWithoutChildTogether().wifeWidowed(1).husbandChildrenEver(0);
            assertVerdict(evaluate(family), INELIGIBLE, ART22_4, "均不是离婚者");
        }
    }

    @Nested
    @DisplayName("ART22_5 收养后又怀孕")
    class AdoptionThenPregnancy {

        @Test
        void neverHadChildrenAdoptedAndPregnant() {
            assertVerdict(evaluate(applyingUnder("ART22_5").noChildren().proven()), ELIGIBLE, ART22_5, "依法收养");
        }

        @Test
        void adoptionPapersMissing() {
            assertVerdict(evaluate(applyingUnder("ART22_5").noChildren()), INELIGIBLE, ART22_5, "未提交", "收养");
        }

        @Test
        void husbandHadAChildBefore() {
            Family family = applyingUnder("ART22_5").noChildren().husbandChildrenEver(1).proven();
            assertVerdict(evaluate(family), INELIGIBLE, ART22_5, "男方已生育过子女", "双方均未生育");
        }

        @Test
        void wifeHadAChildBefore() {
            Family family = applyingUnder("ART22_5").noChildren().wifeChildrenEver(1).proven();
            assertVerdict(evaluate(family), INELIGIBLE, ART22_5, "女方已生育过子女", "双方均未生育");
        }
    }

    /** Items that need "只有一个女孩" plus a proven special fact; ART22_7 applies to any couple, the rest to rural women. */
    static Stream<Arguments> oneDaughterItems() {
        return Stream.of(
                Arguments.of("ART22_7", REGULATION + "第二十二条第（七）项", "井下作业"),
                Arguments.of("ART23_3", REGULATION + "第二十三条第一款第（三）项", "落户并赡养女方父母"),
                Arguments.of("ART23_4", REGULATION + "第二十三条第一款第（四）项", "只有一个姐姐或者妹妹"),
                Arguments.of("ART23_5", REGULATION + "第二十三条第一款第（五）项", "沿海垦区"),
                Arguments.of("ART23_6", REGULATION + "第二十三条第一款第（六）项", "海洋捕捞"),
                Arguments.of("ART23_P2", REGULATION + "第二十三条第二款", "肢体残疾"));
    }

    @Nested
    @DisplayName("one-daughter items: ART22_7, ART23_3..6, ART23_P2")
    class OneDaughterItems {

        @ParameterizedTest(name = "{0}")
        @MethodSource("cn.gov.xinbei.pfp.secondchild.eligibility.SecondChildEligibilityJs2004Test#oneDaughterItems")
        void oneGirlAndProven(String code, String article, String fact) {
            assertVerdict(evaluate(applyingUnder(code).rural().oneGirl().proven()), ELIGIBLE, article, fact, "只有一个女孩");
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("cn.gov.xinbei.pfp.secondchild.eligibility.SecondChildEligibilityJs2004Test#oneDaughterItems")
        void oneBoy(String code, String article, String fact) {
            assertVerdict(evaluate(applyingUnder(code).rural().oneBoy().proven()),
                    INELIGIBLE, article, "不是女孩", "只有一个女孩");
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("cn.gov.xinbei.pfp.secondchild.eligibility.SecondChildEligibilityJs2004Test#oneDaughterItems")
        void twoGirlsAreNotOneGirl(String code, String article, String fact) {
            assertVerdict(evaluate(applyingUnder(code).rural().twoGirls().proven()),
                    INELIGIBLE, article, "夫妻现有子女不是一个", "只有一个女孩");
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("cn.gov.xinbei.pfp.secondchild.eligibility.SecondChildEligibilityJs2004Test#oneDaughterItems")
        void boyAndGirl(String code, String article, String fact) {
            assertVerdict(evaluate(applyingUnder(code).rural().boyAndGirl().proven()),
                    INELIGIBLE, article, "夫妻现有子女不是一个", "只有一个女孩");
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("cn.gov.xinbei.pfp.secondchild.eligibility.SecondChildEligibilityJs2004Test#oneDaughterItems")
        void specialFactNotProven(String code, String article, String fact) {
            assertVerdict(evaluate(applyingUnder(code).rural().oneGirl()), INELIGIBLE, article, "未提交", fact);
        }

        @Test
        void undergroundWorkAppliesToUrbanCouplesToo() {
            assertVerdict(evaluate(applyingUnder("ART22_7").urban().oneGirl().proven()), ELIGIBLE, ART22_7, "井下作业");
        }
    }

    static Stream<String> everyConditionButDisabledChild() {
        return Stream.of("ART22_2", "ART22_3", "ART22_4", "ART22_5", "ART22_6", "ART22_7", "ART23_1", "ART23_2",
                "ART23_3", "ART23_4", "ART23_5", "ART23_6", "ART23_P2", "ART24", "ART25");
    }

    /** REFERENCE 3.2.2: Jiangsu 2012 has no general 农村独女户 exception. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("everyConditionButDisabledChild")
    @DisplayName("a rural couple with one girl and no special fact qualifies under no item")
    void noGeneralRuralOneDaughterException(String code) {
        assertThat(evaluate(applyingUnder(code).rural().oneGirl().womanAge(30)).outcome()).isEqualTo(INELIGIBLE);
    }

    @Nested
    @DisplayName("ART23_2 男方其他兄弟均无生育条件")
    class BrothersCannotHaveChildren {

        @Test
        void oneBoyAndProven() {
            assertVerdict(evaluate(applyingUnder("ART23_2").rural().oneBoy().proven()), ELIGIBLE, ART23_2, "兄弟均无生育条件");
        }

        @Test
        void oneGirlAndProven() {
            assertVerdict(evaluate(applyingUnder("ART23_2").rural().oneGirl().proven()), ELIGIBLE, ART23_2, "兄弟均无生育条件");
        }

        @Test
        void notProven() {
            assertVerdict(evaluate(applyingUnder("ART23_2").rural().oneBoy()), INELIGIBLE, ART23_2, "未提交", "兄弟");
        }

        @Test
        void twoChildren() {
            assertVerdict(evaluate(applyingUnder("ART23_2").rural().boyAndGirl().proven()),
                    INELIGIBLE, ART23_2, "夫妻现有子女不是一个", "只生育一个孩子");
        }
    }

    @Nested
    @DisplayName("ART24 批准再生育的孩子死亡后再申请")
    class ApprovedChildDied {

        @Test
        void deathAndOriginalApprovalOnFile() {
            assertVerdict(evaluate(applyingUnder("ART24").oneBoy().proven()), ELIGIBLE, ART24, "死亡");
        }

        @Test
        void noLivingChildLeftAndProven() {
            assertVerdict(evaluate(applyingUnder("ART24").noChildren().proven()), ELIGIBLE, ART24, "死亡");
        }

        @Test
        void documentsMissing() {
            assertVerdict(evaluate(applyingUnder("ART24").oneBoy()), INELIGIBLE, ART24, "未提交", "死亡证明");
        }

        @Test
        void stillTwoLivingChildren() {
            assertVerdict(evaluate(applyingUnder("ART24").boyAndGirl().proven()), INELIGIBLE, ART24, "两个以上");
        }
    }

    @Nested
    @DisplayName("ART25 归侨 / 港澳台居民")
    class ReturnedOverseas {

        @Test
        void returnedUnderSixYearsWithOneChild() {
            assertVerdict(evaluate(applyingUnder("ART25").oneGirl().proven()), ELIGIBLE, ART25, "归侨");
        }

        @Test
        void statusNotProven() {
            assertVerdict(evaluate(applyingUnder("ART25").oneGirl()), INELIGIBLE, ART25, "未提交", "归侨", "不满六年");
        }

        @Test
        void twoChildren() {
            assertVerdict(evaluate(applyingUnder("ART25").boyAndGirl().proven()),
                    INELIGIBLE, ART25, "夫妻现有子女不是一个", "境外");
        }
    }

    @Nested
    @DisplayName("missing or unknown condition, missing inputs")
    class CatchAll {

        @ParameterizedTest(name = "conditionCode [{0}]")
        @NullAndEmptySource
        @ValueSource(strings = {"ART99", "art22_6", "ART22", "ART23_7"})
        void unknownOrMissingCondition(String code) {
            Family family = Family.baseline().bothOnlyChildren().rural().oneGirl().proven().condition(code);
            assertVerdict(evaluate(family), INELIGIBLE, NO_CONDITION, "未选择或无法识别申请所依据的条件");
        }

        @Test
        void missingAgeNeverMakesACaseEligible() {
            assertVerdict(evaluate(applyingUnder("ART22_6").bothOnlyChildren().missing("womanAge")),
                    INELIGIBLE, ART22_6, "申请信息不完整");
        }

        @Test
        void missingProofFlagNeverMakesACaseEligible() {
            assertVerdict(evaluate(applyingUnder("ART22_2").missing("specialCircumstanceProven")),
                    INELIGIBLE, ART22_2, "申请信息不完整");
        }

        @Test
        void missingChildCountNeverMakesACaseEligible() {
            assertVerdict(evaluate(applyingUnder("ART22_6").bothOnlyChildren().missing("childrenTogether")),
                    INELIGIBLE, ART22_6, "申请信息不完整");
        }
    }
}
