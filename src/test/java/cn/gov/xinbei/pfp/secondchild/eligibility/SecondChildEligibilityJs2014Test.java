package cn.gov.xinbei.pfp.secondchild.eligibility;

import static cn.gov.xinbei.pfp.secondchild.eligibility.EligibilityDmn.JS2014;
import static cn.gov.xinbei.pfp.secondchild.eligibility.EligibilityDmn.REGULATION;
import static cn.gov.xinbei.pfp.secondchild.eligibility.EligibilityDmn.REGULATION_2014;
import static cn.gov.xinbei.pfp.secondchild.eligibility.EligibilityDmn.evaluate;
import static cn.gov.xinbei.pfp.secondchild.eligibility.EligibilityDmn.ruleIds;
import static cn.gov.xinbei.pfp.secondchild.eligibility.EligibilityDmn.ruleVersionFor;
import static cn.gov.xinbei.pfp.secondchild.eligibility.Family.applyingUnder;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gov.xinbei.pfp.secondchild.eligibility.EligibilityDmn.Verdict;

/**
 * Behaviour of {@code secondChildEligibility_js2014} (Jiangsu regulation as amended 2014-03-28, 单独两孩, arts. 22-26,
 * REFERENCE.md §12 A1-A6): one family per row of the table, each checked for the row it reaches, its outcome, the
 * 2014 article and the reason; then every row must have been reached. Also the switch from the 2004 text on
 * 2014-03-27 / 2014-03-28.
 */
class SecondChildEligibilityJs2014Test {

    static final String ELIGIBLE = "ELIGIBLE";
    static final String INELIGIBLE = "INELIGIBLE";
    static final String NEEDS_ASSESSMENT = "NEEDS_ASSESSMENT";

    private static final Set<String> REACHED = new LinkedHashSet<>();

    private static Arguments row(int row, Family family, String outcome, String article, String reasonMention) {
        return Arguments.of(String.format("Rule_%03d", row), family, outcome, REGULATION_2014 + article, reasonMention);
    }

    /** The one-daughter items: rural (or any, for 22(七)) couple, one girl, special document proven. */
    private static List<Arguments> oneDaughterItem(int firstRow, String code, String article, boolean rural) {
        java.util.function.Supplier<Family> b = () -> rural ? applyingUnder(code).rural() : applyingUnder(code);
        return List.of(
                row(firstRow, b.get().oneGirl().proven(), ELIGIBLE, article, "可以申请再生育"),
                row(firstRow + 1, b.get().twoGirls().proven(), INELIGIBLE, article, "夫妻现有子女不是一个"),
                row(firstRow + 2, b.get().oneBoy().proven(), INELIGIBLE, article, "女孩"),
                row(firstRow + 3, b.get().oneGirl(), INELIGIBLE, article, "未提交"),
                row(firstRow + 4, b.get().oneGirl().missing("specialCircumstanceProven"), INELIGIBLE, article,
                        "申请信息不完整"));
    }

    static Stream<Arguments> everyRow() {
        List<Arguments> rows = new ArrayList<>(List.of(
                // art. 26: age 24, except 22(四)(五)
                row(1, applyingUnder("ONE_ONLY_CHILD").husbandOnlyChild().womanAge(23), INELIGIBLE, "第二十六条",
                        "第二十二条第（四）项、第（五）项再婚情形除外"),
                // art. 23 only for a rural woman
                row(2, applyingUnder("ART23_2").urban().oneBoy().proven(), INELIGIBLE, "第二十三条", "女方不是农村居民"),
                // new art. 22(一): 单独, urban or rural
                row(3, applyingUnder("ONE_ONLY_CHILD").urban().husbandOnlyChild(), ELIGIBLE, "第二十二条第（一）项",
                        "男方为独生子女"),
                row(4, applyingUnder("ONE_ONLY_CHILD").rural().wifeOnlyChild(), ELIGIBLE, "第二十二条第（一）项",
                        "女方为独生子女"),
                row(5, applyingUnder("ONE_ONLY_CHILD").husbandOnlyChild().boyAndGirl(), INELIGIBLE,
                        "第二十二条第（一）项", "夫妻现有子女不是一个"),
                row(6, applyingUnder("ONE_ONLY_CHILD"), INELIGIBLE, "第二十二条第（一）项", "均不是独生子女"),
                row(7, applyingUnder("ONE_ONLY_CHILD").husbandOnlyChild().missing("womanAge"), INELIGIBLE,
                        "第二十二条第（一）项", "申请信息不完整"),
                // 22(二): the 2004 item (一), disabled child
                row(8, applyingUnder("ART22_1").assessment("QUALIFIES"), ELIGIBLE, "第二十二条第（二）项", "病残儿医学鉴定"),
                row(9, applyingUnder("ART22_1").assessment("PENDING"), NEEDS_ASSESSMENT, "第二十二条第（二）项", "鉴定"),
                row(10, applyingUnder("ART22_1").assessment("NOT_QUALIFIES"), INELIGIBLE, "第二十二条第（二）项", "鉴定结论"),
                row(11, applyingUnder("ART22_1").boyAndGirl().assessment("QUALIFIES"), INELIGIBLE,
                        "第二十二条第（二）项", "夫妻现有子女不是一个"),
                row(12, applyingUnder("ART22_1").missing("disabledChildAssessment"), INELIGIBLE, "第二十二条第（二）项",
                        "申请信息不完整"),
                // 22(三): disabled on duty; 烈士的独生子女 no longer named
                row(13, applyingUnder("ART22_2").proven(), ELIGIBLE, "第二十二条第（三）项", "二等乙级以上"),
                row(14, applyingUnder("ART22_2").proven().boyAndGirl(), INELIGIBLE, "第二十二条第（三）项",
                        "夫妻现有子女不是一个"),
                row(15, applyingUnder("ART22_2"), INELIGIBLE, "第二十二条第（三）项", "未提交"),
                row(16, applyingUnder("ART22_2").missing("specialCircumstanceProven"), INELIGIBLE,
                        "第二十二条第（三）项", "申请信息不完整"),
                // 22(四): widowed remarriage, may apply right after marriage
                row(17, applyingUnder("ART22_3").remarriedWithoutChildTogether().husbandWidowed(2).wifeChildrenEver(0)
                        .womanAge(21), ELIGIBLE, "第二十二条第（四）项", "男方系丧偶者"),
                row(18, applyingUnder("ART22_3").remarriedWithoutChildTogether().wifeWidowed(1).husbandChildrenEver(0),
                        ELIGIBLE, "第二十二条第（四）项", "女方系丧偶者"),
                row(19, applyingUnder("ART22_3"), INELIGIBLE, "第二十二条第（四）项", "均不是丧偶者"),
                row(20, applyingUnder("ART22_3").remarriedWithoutChildTogether().husbandWidowed(1).wifeChildrenEver(1),
                        INELIGIBLE, "第二十二条第（四）项", "另一方未生育"),
                row(21, applyingUnder("ART22_3").remarriedWithoutChildTogether().wifeWidowed(1).husbandChildrenEver(2),
                        INELIGIBLE, "第二十二条第（四）项", "另一方未生育"),
                row(22, applyingUnder("ART22_3").missing("husbandPriorStatus"), INELIGIBLE, "第二十二条第（四）项",
                        "申请信息不完整"),
                // 22(五): divorced remarriage
                row(23, applyingUnder("ART22_4").remarriedWithoutChildTogether().husbandDivorced(1).wifeChildrenEver(0)
                        .womanAge(20), ELIGIBLE, "第二十二条第（五）项", "男方系离婚者"),
                row(24, applyingUnder("ART22_4").remarriedWithoutChildTogether().wifeDivorced(2).husbandChildrenEver(0),
                        ELIGIBLE, "第二十二条第（五）项", "女方系离婚者"),
                row(25, applyingUnder("ART22_4"), INELIGIBLE, "第二十二条第（五）项", "均不是离婚者"),
                row(26, applyingUnder("ART22_4").remarriedWithoutChildTogether().husbandDivorced(1).wifeChildrenEver(1),
                        INELIGIBLE, "第二十二条第（五）项", "另一方未生育"),
                row(27, applyingUnder("ART22_4").remarriedWithoutChildTogether().wifeDivorced(2).husbandChildrenEver(1),
                        INELIGIBLE, "第二十二条第（五）项", "另一方未生育"),
                row(28, applyingUnder("ART22_4").remarriedWithoutChildTogether().husbandDivorced(3).wifeChildrenEver(0),
                        INELIGIBLE, "第二十二条第（五）项", "不是一个或两个"),
                row(29, applyingUnder("ART22_4").remarriedWithoutChildTogether().wifeDivorced(3).husbandChildrenEver(0),
                        INELIGIBLE, "第二十二条第（五）项", "不是一个或两个"),
                row(30, applyingUnder("ART22_4").missing("husbandPriorStatus"), INELIGIBLE, "第二十二条第（五）项",
                        "申请信息不完整"),
                // 22(六): adoption then pregnancy
                row(31, applyingUnder("ART22_5").noChildren().proven(), ELIGIBLE, "第二十二条第（六）项", "依法收养"),
                row(32, applyingUnder("ART22_5").noChildren().husbandChildrenEver(1).proven(), INELIGIBLE,
                        "第二十二条第（六）项", "男方已生育过子女"),
                row(33, applyingUnder("ART22_5").noChildren().wifeChildrenEver(1).proven(), INELIGIBLE,
                        "第二十二条第（六）项", "女方已生育过子女"),
                row(34, applyingUnder("ART22_5").noChildren(), INELIGIBLE, "第二十二条第（六）项", "未提交"),
                row(35, applyingUnder("ART22_5").noChildren().proven().missing("womanAge"), INELIGIBLE,
                        "第二十二条第（六）项", "申请信息不完整")));
        rows.addAll(oneDaughterItem(36, "ART22_7", "第二十二条第（七）项", false));
        rows.addAll(List.of(
                // 23(一): the 2004 item 23(二)
                row(41, applyingUnder("ART23_2").rural().oneBoy().proven(), ELIGIBLE, "第二十三条第一款第（一）项", "兄弟"),
                row(42, applyingUnder("ART23_2").rural().boyAndGirl().proven(), INELIGIBLE, "第二十三条第一款第（一）项",
                        "夫妻现有子女不是一个"),
                row(43, applyingUnder("ART23_2").rural().oneBoy(), INELIGIBLE, "第二十三条第一款第（一）项", "未提交"),
                row(44, applyingUnder("ART23_2").rural().oneBoy().missing("specialCircumstanceProven"), INELIGIBLE,
                        "第二十三条第一款第（一）项", "申请信息不完整")));
        rows.addAll(oneDaughterItem(45, "ART23_3", "第二十三条第一款第（二）项", true));
        rows.addAll(oneDaughterItem(50, "ART23_4", "第二十三条第一款第（三）项", true));
        rows.addAll(oneDaughterItem(55, "ART23_5", "第二十三条第一款第（四）项", true));
        rows.addAll(oneDaughterItem(60, "ART23_6", "第二十三条第一款第（五）项", true));
        rows.addAll(oneDaughterItem(65, "ART23_P2", "第二十三条第二款", true));
        rows.addAll(List.of(
                row(70, applyingUnder("ART24").oneBoy().proven(), ELIGIBLE, "第二十四条", "死亡"),
                row(71, applyingUnder("ART24").boyAndGirl().proven(), INELIGIBLE, "第二十四条", "两个以上"),
                row(72, applyingUnder("ART24").oneBoy(), INELIGIBLE, "第二十四条", "未提交"),
                row(73, applyingUnder("ART24").oneBoy().missing("specialCircumstanceProven"), INELIGIBLE, "第二十四条",
                        "申请信息不完整"),
                row(74, applyingUnder("ART25").oneGirl().proven(), ELIGIBLE, "第二十五条", "归侨"),
                row(75, applyingUnder("ART25").boyAndGirl().proven(), INELIGIBLE, "第二十五条", "夫妻现有子女不是一个"),
                row(76, applyingUnder("ART25").oneGirl(), INELIGIBLE, "第二十五条", "未提交"),
                row(77, applyingUnder("ART25").oneGirl().missing("specialCircumstanceProven"), INELIGIBLE, "第二十五条",
                        "申请信息不完整"),
                row(78, applyingUnder("ART99"), INELIGIBLE, "第二十二条至第二十五条", "未选择或无法识别")));
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyRow")
    void eachRowGivesItsOutcomeArticleAndReason(String ruleId, Family family, String outcome, String article,
                                                String reasonMention) {
        Verdict verdict = evaluate(JS2014, family);
        assertThat(verdict.ruleId()).as("row reached by %s", family).isEqualTo(ruleId);
        assertThat(verdict.outcome()).as("outcome of %s", verdict).isEqualTo(outcome);
        assertThat(verdict.article()).as("article of %s", verdict).isEqualTo(article);
        assertThat(verdict.reason()).contains(reasonMention).doesNotContain("2004").doesNotContain("烈士");
        REACHED.add(ruleId);
    }

    @Test
    void theScenariosCoverEveryRowOfTheTable() {
        List<String> expected = everyRow().map(a -> (String) a.get()[0]).distinct().toList();
        assertThat(expected).containsExactlyElementsOf(ruleIds(JS2014));
    }

    @Test
    void theAbsorbed2004ItemsAreAnsweredByTheNewArticle22Item1ForUrbanCouplesToo() {
        Verdict ruralSingle = evaluate(JS2014, applyingUnder("ART23_1").urban().husbandOnlyChild());
        assertThat(ruralSingle.outcome()).isEqualTo(ELIGIBLE);
        assertThat(ruralSingle.article()).isEqualTo(REGULATION_2014 + "第二十二条第（一）项");
        Verdict twoOnlyChildren = evaluate(JS2014, applyingUnder("ART22_6").bothOnlyChildren());
        assertThat(twoOnlyChildren.outcome()).isEqualTo(ELIGIBLE);
        assertThat(twoOnlyChildren.article()).isEqualTo(REGULATION_2014 + "第二十二条第（一）项");
    }

    @Test
    void article26AgeRuleSparesOnlyTheRemarriageItems() {
        assertThat(evaluate(JS2014, applyingUnder("ONE_ONLY_CHILD").husbandOnlyChild().womanAge(24)).outcome())
                .isEqualTo(ELIGIBLE);
        assertThat(evaluate(JS2014, applyingUnder("ART22_1").assessment("QUALIFIES").womanAge(23)).article())
                .isEqualTo(REGULATION_2014 + "第二十六条");
    }

    // ---------------------------------------------------------------------------------- 2014-03-27 / 2014-03-28

    private static String versionKey(LocalDate date) {
        List<Map<String, Object>> result = ruleVersionFor(date);
        assertThat(result).as("rule version for %s", date).hasSize(1);
        return (String) result.get(0).get("eligibilityDecisionKey");
    }

    @Test
    void the2004TextAppliesUpTo27March2014AndThe2014TextFrom28March() {
        assertThat(versionKey(LocalDate.of(2014, 3, 27))).isEqualTo(EligibilityDmn.JS2004_DECISION);
        assertThat(versionKey(LocalDate.of(2014, 3, 28))).isEqualTo(EligibilityDmn.JS2014_DECISION);
        assertThat(versionKey(LocalDate.of(2015, 12, 31))).isEqualTo(EligibilityDmn.JS2014_DECISION);
        assertThat(ruleVersionFor(LocalDate.of(2014, 3, 28)).get(0))
                .containsEntry("ruleVersionName", "江苏省人口与计划生育条例（2014年修正）");
    }

    @Test
    void anUrbanSingleOnlyChildCoupleIsRefusedOn27MarchAndEligibleOn28March() {
        Family urbanSingle = applyingUnder("ART23_1").urban().husbandOnlyChild();
        Verdict before = evaluate(EligibilityDmn.JS2004, urbanSingle);
        assertThat(before.outcome()).isEqualTo(INELIGIBLE);
        assertThat(before.article()).isEqualTo(REGULATION + "第二十三条");
        Verdict after = evaluate(JS2014, urbanSingle);
        assertThat(after.outcome()).isEqualTo(ELIGIBLE);
        assertThat(after.article()).isEqualTo(REGULATION_2014 + "第二十二条第（一）项");
    }

    @Test
    void theNew2014CodeUnderThe2004TextNamesTheDateItStartsAndTheItemsThatApplied() {
        Verdict verdict = evaluate(EligibilityDmn.JS2004, applyingUnder("ONE_ONLY_CHILD").husbandOnlyChild());
        assertThat(verdict.outcome()).isEqualTo(INELIGIBLE);
        assertThat(verdict.reason()).contains("2014年3月28日", "第二十二条第（六）项", "第二十三条第一款第（一）项");
    }
}
