package cn.gov.xinbei.pfp.targets.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TargetEvaluatorTest {

    private final TargetEvaluator evaluator = new TargetEvaluator(100);

    static Target percent(String min) {
        return new Target("birth-policy-compliance", "出生政策符合率", 1, TargetKind.MIN_PERCENT, min,
                Indicator.BIRTH_POLICY_COMPLIANCE, new BigDecimal(min), null, null, "公式", null);
    }

    static Target band() {
        return new Target("sex-ratio-band", "出生性别比基本正常", 2, TargetKind.BAND, "103—107", Indicator.SEX_RATIO,
                null, new BigDecimal("103"), new BigDecimal("107"), "公式", null);
    }

    @ParameterizedTest(name = "{0}/{1} against {2}% -> {3} ({4})")
    @CsvSource({
            // 49 of 50 is exactly 98 %: meets 98, misses 99.
            "49, 50, 98, MET, 98.00",
            "49, 50, 99, NOT_MET, 98.00",
            // 97.99…%: rounds to 98.00 for display but does not meet 98 (exact comparison).
            "9799, 10000, 98, NOT_MET, 97.99",
            "48999, 50000, 98, NOT_MET, 98.00",
            "6, 6, 98, MET, 100.00",
            "0, 3, 95, NOT_MET, 0.00",
            "100, 100, 100, MET, 100.00",
            "99, 100, 100, NOT_MET, 99.00",
            "2, 3, 95, NOT_MET, 66.67"})
    void percentMeetsTheTargetWhenAtLeastTheMinimum(long num, long den, String min, TargetStatus status, String value) {
        Evaluation e = evaluator.evaluate(percent(min), Measurement.of(num, den));
        assertThat(e.status()).isEqualTo(status);
        assertThat(e.value()).isEqualByComparingTo(value);
    }

    @Test
    void pendingItemsAreShownButNotCounted() {
        // 7 births: 6 compliant, 1 awaiting the town's conclusion -> 6 of 6 decided = 100 %, the pending one noted.
        Evaluation e = evaluator.evaluate(percent("98"), new Measurement(6, 6, 1));
        assertThat(e.value()).isEqualByComparingTo("100.00");
        assertThat(e.status()).isEqualTo(TargetStatus.MET);
        assertThat(e.note()).contains("另有1件待核实");
    }

    @Test
    void nothingToCountIsNoData() {
        Evaluation e = evaluator.evaluate(percent("98"), new Measurement(0, 0, 2));
        assertThat(e.status()).isEqualTo(TargetStatus.NO_DATA);
        assertThat(e.value()).isNull();
        assertThat(e.note()).contains("期内无可计数的记录").contains("另有2件待核实");
    }

    @Test
    void aTargetWithoutIndicatorIsAssessedByHand() {
        Target manual = new Target("knowledge-awareness", "知识普及率", 2, TargetKind.MIN_PERCENT, "95", null,
                new BigDecimal("95"), null, null, null, null);
        assertThat(evaluator.evaluate(manual, Measurement.of(1, 1)).status()).isEqualTo(TargetStatus.MANUAL);
        assertThat(evaluator.manual(manual).value()).isNull();
    }

    @ParameterizedTest(name = "{0} boys, {1} girls -> {2} ({3})")
    @CsvSource({
            // Both ends of 103—107 are normal.
            "103, 100, MET, 103.00",
            "107, 100, MET, 107.00",
            "102, 100, NOT_MET, 102.00",
            "108, 100, NOT_MET, 108.00",
            // 107.01 per 100 is outside, though it shows as 107.01.
            "10701, 10000, NOT_MET, 107.01",
            // 1030 : 1001 = 102.897… -> shows 102.90, below the band.
            "1030, 1001, NOT_MET, 102.90",
            "105, 100, MET, 105.00"})
    void sexRatioIsJudgedAgainstTheBandWithBothEndsIncluded(long boys, long girls, TargetStatus status, String value) {
        Evaluation e = evaluator.evaluate(band(), Measurement.of(boys, girls));
        assertThat(e.status()).isEqualTo(status);
        assertThat(e.value()).isEqualByComparingTo(value);
    }

    @Test
    void aSmallSampleIsNotMeaningfulRatherThanFailing() {
        // 60 boys, 39 girls = 153.85, far outside the band, but 99 births are fewer than the 100 configured.
        Evaluation e = evaluator.evaluate(band(), Measurement.of(60, 39));
        assertThat(e.status()).isEqualTo(TargetStatus.NO_DATA);
        assertThat(e.value()).isEqualByComparingTo("153.85");
        assertThat(e.note()).contains("样本不足").contains("99人").contains("100人");
        // One more birth makes it a sample: now it fails.
        assertThat(evaluator.evaluate(band(), Measurement.of(61, 39)).status()).isEqualTo(TargetStatus.NOT_MET);
    }

    @Test
    void noBirthsOrOnlyBoys() {
        assertThat(evaluator.evaluate(band(), Measurement.of(0, 0)).status()).isEqualTo(TargetStatus.NO_DATA);
        Evaluation onlyBoys = evaluator.evaluate(band(), Measurement.of(120, 0));
        assertThat(onlyBoys.status()).isEqualTo(TargetStatus.NOT_MET);
        assertThat(onlyBoys.value()).isNull();
    }

    @Test
    void aRatioTargetNeedsItsBand() {
        assertThatThrownBy(() -> new Target("x", "性别比", 1, TargetKind.TEXT, "基本正常", Indicator.SEX_RATIO, null,
                null, null, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TargetEvaluator(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
