package cn.gov.xinbei.pfp.maintenancefee.domain;

import cn.gov.xinbei.pfp.shared.validation.FieldViolation;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import static cn.gov.xinbei.pfp.maintenancefee.domain.TestBases.HEHAI;
import static cn.gov.xinbei.pfp.maintenancefee.domain.TestBases.MENGHE;
import static cn.gov.xinbei.pfp.maintenancefee.domain.TestBases.XINBEI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class FeeCalculatorTest {

    /** Born in 2012 → the 2011 base: 常州市 urban 29,829 元. */
    private static final LocalDate BORN_2012 = LocalDate.parse("2012-03-15");
    private static final String REASON = "经集体讨论，结合其经济状况确定";

    private final FeeCalculator calculator = new FeeCalculator(TestBases.table(), RoundingMode.HALF_UP);

    private static ParentFeeInput urban(Parent parent, String income, ChosenMultiple multiple, ChosenMultiple topUp) {
        return new ParentFeeInput(parent, parent == Parent.FATHER ? "张三" : "李四", HukouCategory.URBAN, HEHAI,
                income == null ? null : new BigDecimal(income), multiple, topUp);
    }

    private static ParentFeeInput urban(Parent parent, ChosenMultiple multiple) {
        return urban(parent, null, multiple, null);
    }

    @Nested
    class WorkedExampleOfTheReference {

        // REFERENCE.md 5.2: urban couple in Xinbei, one child too many, born 2012, B = 29,829.

        @Test
        void eachParentPaysFourTimesTheBaseAndTheCoupleTwiceThat() {
            FeeAssessment fee = calculator.assessCase(FeeSituation.ONE_EXTRA_CHILD, BORN_2012,
                    List.of(urban(Parent.FATHER, null), urban(Parent.MOTHER, null)));

            // 4 × 29,829 = 119,316.00 per parent; 119,316 + 119,316 = 238,632.00 for the couple.
            assertThat(fee.parent(Parent.FATHER).total()).isEqualTo(new BigDecimal("119316.00"));
            assertThat(fee.parent(Parent.MOTHER).total()).isEqualTo(new BigDecimal("119316.00"));
            assertThat(fee.total()).isEqualTo(new BigDecimal("238632.00"));
            assertThat(fee.baseYear()).isEqualTo(2011);
            assertThat(fee.lines()).contains(
                    "违法生育情形：不符合规定多生育一个孩子（《江苏省人口与计划生育条例》第四十一条第三款第（一）项，征收倍数4倍）",
                    "孩子出生日期：2012-03-15；基数采用孩子出生前一年即2011年的数据",
                    "男方：张三，城镇居民",
                    "基数：2011年常州市城镇居民人均可支配收入29,829元",
                    "征收倍数：4倍（《江苏省人口与计划生育条例》第四十一条第三款第（一）项）",
                    "4 × 29,829 = 119,316.00元",
                    "实际年收入：未查证，不对超出部分加收",
                    "男方应缴社会抚养费：119,316.00元",
                    "女方应缴社会抚养费：119,316.00元",
                    "双方合计：119,316.00 + 119,316.00 = 238,632.00元");
            assertThat(fee.lines()).noneMatch(l -> l.startsWith("户籍类别不同"));
        }

        @Test
        void fatherEarning70000PaysTheTopUpAtOneToTwoTimesTheExcess() {
            // 70,000 ≥ 2 × 29,829 = 59,658, so the part above the base, 70,000 − 29,829 = 40,171, is charged 1–2×.
            ParentAssessment low = calculator.assess(FeeSituation.ONE_EXTRA_CHILD, BORN_2012,
                    urban(Parent.FATHER, "70000", null, ChosenMultiple.of("1", REASON)));
            ParentAssessment high = calculator.assess(FeeSituation.ONE_EXTRA_CHILD, BORN_2012,
                    urban(Parent.FATHER, "70000", null, ChosenMultiple.of("2", REASON)));

            assertThat(low.topUpFee()).isEqualTo(new BigDecimal("40171.00"));   // 1 × 40,171
            assertThat(high.topUpFee()).isEqualTo(new BigDecimal("80342.00"));  // 2 × 40,171
            assertThat(low.total()).isEqualTo(new BigDecimal("159487.00"));     // 119,316 + 40,171
            assertThat(high.total()).isEqualTo(new BigDecimal("199658.00"));    // 119,316 + 80,342
            assertThat(low.lines()).contains(
                    "实际年收入：70,000元，达到基数的二倍（2 × 29,829 = 59,658元），对超出基数的部分加收（《江苏省人口与计划生育条例》第四十一条第二款）",
                    "加收倍数：1倍（法定幅度1至2倍）",
                    "确定加收倍数的理由：" + REASON,
                    "1 × (70,000 − 29,829) = 40,171.00元",
                    "男方应缴社会抚养费：119,316.00 + 40,171.00 = 159,487.00元");
        }
    }

    @Nested
    class EverySituationAtBothEndsOfItsRange {

        @ParameterizedTest(name = "{0} × {1} = {2}")
        @CsvSource({
                // situation,                    multiple, fee = multiple × 29,829
                "ONE_EXTRA_CHILD,                  4,   119316.00",
                "TWO_OR_MORE_EXTRA_CHILDREN,       5,   149145.00",
                "TWO_OR_MORE_EXTRA_CHILDREN,       8,   238632.00",
                "NON_MARITAL_ONE_CHILD,            0.5, 14914.50",
                "NON_MARITAL_ONE_CHILD,            2,   59658.00",
                "NON_MARITAL_TWO_OR_MORE_CHILDREN, 5,   149145.00",
                "NON_MARITAL_TWO_OR_MORE_CHILDREN, 8,   238632.00",
                "BIGAMY,                           6,   178974.00",
                "BIGAMY,                           9,   268461.00"})
        void feeIsTheMultipleOfTheBase(FeeSituation situation, String multiple, String expected) {
            ParentAssessment fee = calculator.assess(situation, BORN_2012,
                    urban(Parent.MOTHER, ChosenMultiple.of(multiple, REASON)));

            assertThat(fee.baseFee()).isEqualTo(new BigDecimal(expected));
            assertThat(fee.total()).isEqualTo(new BigDecimal(expected));
        }

        @ParameterizedTest(name = "{0}: {1} to {2}, {3}")
        @CsvSource({
                "ONE_EXTRA_CHILD,                  4,   4, 第（一）项, 不符合规定多生育一个孩子",
                "TWO_OR_MORE_EXTRA_CHILDREN,       5,   8, 第（二）项, 不符合规定多生育二个以上孩子",
                "NON_MARITAL_ONE_CHILD,            0.5, 2, 第（三）项, 非婚生育一个孩子",
                "NON_MARITAL_TWO_OR_MORE_CHILDREN, 5,   8, 第（四）项, 非婚生育二个以上孩子",
                "BIGAMY,                           6,   9, 第（五）项, 重婚生育"})
        void rangesAndLegalBasisAreThoseOfArticle41(FeeSituation situation, String min, String max, String item,
                                                    String label) {
            assertThat(situation.minimumMultiple()).isEqualByComparingTo(min);
            assertThat(situation.maximumMultiple()).isEqualByComparingTo(max);
            assertThat(situation.legalBasis()).isEqualTo("《江苏省人口与计划生育条例》第四十一条第三款" + item);
            assertThat(situation.label()).isEqualTo(label);
            assertThat(situation.isFixed()).isEqualTo(situation == FeeSituation.ONE_EXTRA_CHILD);
        }

        @Test
        void discretionaryMultipleIsPrintedWithItsRangeAndReason() {
            ParentAssessment fee = calculator.assess(FeeSituation.BIGAMY, BORN_2012,
                    urban(Parent.FATHER, ChosenMultiple.of("7.5", REASON)));

            // 7.5 × 29,829 = 223,717.50
            assertThat(fee.total()).isEqualTo(new BigDecimal("223717.50"));
            assertThat(fee.lines()).contains(
                    "征收倍数：7.5倍（法定幅度6至9倍，《江苏省人口与计划生育条例》第四十一条第三款第（五）项）",
                    "确定倍数的理由：" + REASON,
                    "7.5 × 29,829 = 223,717.50元");
        }
    }

    @Nested
    class IncomeTopUp {

        @Test
        void atExactlyTwiceTheBaseTheTopUpApplies() {
            // 2 × 29,829 = 59,658 ("二倍以上" includes the figure itself); 1 × (59,658 − 29,829) = 29,829.00.
            ParentAssessment fee = calculator.assess(FeeSituation.ONE_EXTRA_CHILD, BORN_2012,
                    urban(Parent.FATHER, "59658", null, ChosenMultiple.of("1", REASON)));

            assertThat(fee.topUpFee()).isEqualTo(new BigDecimal("29829.00"));
            assertThat(fee.total()).isEqualTo(new BigDecimal("149145.00")); // 119,316 + 29,829
        }

        @Test
        void atExactlyTwiceTheBaseTheTopUpMultipleMustBeChosen() {
            InvalidInputException e = catchThrowableOfType(() -> calculator.assess(FeeSituation.ONE_EXTRA_CHILD, BORN_2012,
                    urban(Parent.FATHER, "59658", null, null)), InvalidInputException.class);

            assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("topUpMultiple", "topUpReason");
            assertThat(e.violations().get(0).message()).contains("达到基数的二倍59,658元");
        }

        @Test
        void justBelowTwiceTheBaseThereIsNoTopUp() {
            ParentAssessment fee = calculator.assess(FeeSituation.ONE_EXTRA_CHILD, BORN_2012,
                    urban(Parent.FATHER, "59657.99", null, null));

            assertThat(fee.topUpFee()).isEqualTo(new BigDecimal("0.00"));
            assertThat(fee.topUpMultiple()).isNull();
            assertThat(fee.total()).isEqualTo(new BigDecimal("119316.00"));
            assertThat(fee.lines()).contains("实际年收入：59,657.99元，低于基数的二倍（2 × 29,829 = 59,658元），不对超出部分加收");
        }

        @Test
        void justBelowTwiceTheBaseATopUpIsRefused() {
            assertThatThrownBy(() -> calculator.assess(FeeSituation.ONE_EXTRA_CHILD, BORN_2012,
                    urban(Parent.FATHER, "59657.99", null, ChosenMultiple.of("1", REASON))))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                            .extracting(FieldViolation::field).containsExactly("topUpMultiple"));
        }

        @Test
        void withoutProvenIncomeATopUpIsRefused() {
            assertThatThrownBy(() -> calculator.assess(FeeSituation.ONE_EXTRA_CHILD, BORN_2012,
                    urban(Parent.FATHER, null, null, ChosenMultiple.of("1", REASON))))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                            .containsExactly(new FieldViolation("topUpMultiple", "实际年收入未查证，不得对超出部分加收")));
        }

        @Test
        void aboveTwiceTheBaseWithAFractionalTopUp() {
            // 1.5 × (100,000 − 29,829) = 1.5 × 70,171 = 105,256.50; total 119,316 + 105,256.50 = 224,572.50
            ParentAssessment fee = calculator.assess(FeeSituation.ONE_EXTRA_CHILD, BORN_2012,
                    urban(Parent.FATHER, "100000", null, ChosenMultiple.of("1.5", REASON)));

            assertThat(fee.topUpFee()).isEqualTo(new BigDecimal("105256.50"));
            assertThat(fee.total()).isEqualTo(new BigDecimal("224572.50"));
        }

        @ParameterizedTest(name = "top-up multiple {0} is refused")
        @CsvSource({"0.99", "2.01", "0"})
        void topUpMultipleOutsideOneToTwoIsRefused(String multiple) {
            assertThatThrownBy(() -> calculator.assess(FeeSituation.ONE_EXTRA_CHILD, BORN_2012,
                    urban(Parent.FATHER, "70000", null, ChosenMultiple.of(multiple, REASON))))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("topUpMultiple");
                        assertThat(e.violations().get(0).message()).contains("超出法定幅度1至2倍");
                    });
        }

        @Test
        void topUpWithoutReasonIsRefused() {
            assertThatThrownBy(() -> calculator.assess(FeeSituation.ONE_EXTRA_CHILD, BORN_2012,
                    urban(Parent.FATHER, "70000", null, ChosenMultiple.of("2", "  "))))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                            .extracting(FieldViolation::field).containsExactly("topUpReason"));
        }
    }

    @Nested
    class ChosenMultiples {

        @ParameterizedTest(name = "{0} × {1} is outside the range")
        @CsvSource({"NON_MARITAL_ONE_CHILD, 0.49", "NON_MARITAL_ONE_CHILD, 2.5", "TWO_OR_MORE_EXTRA_CHILDREN, 4",
                "TWO_OR_MORE_EXTRA_CHILDREN, 8.01", "NON_MARITAL_TWO_OR_MORE_CHILDREN, 9", "BIGAMY, 5.99", "BIGAMY, 10"})
        void multipleOutsideTheLegalRangeIsRefused(FeeSituation situation, String multiple) {
            InvalidInputException e = catchThrowableOfType(() -> calculator.assess(situation, BORN_2012,
                    urban(Parent.FATHER, ChosenMultiple.of(multiple, REASON))), InvalidInputException.class);

            assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("multiple");
            assertThat(e.violations().get(0).message())
                    .contains("超出法定幅度" + situation.rangeText())
                    .contains(situation.legalBasis());
        }

        @Test
        void discretionaryMultipleWithoutReasonIsRefused() {
            assertThatThrownBy(() -> calculator.assess(FeeSituation.TWO_OR_MORE_EXTRA_CHILDREN, BORN_2012,
                    urban(Parent.FATHER, ChosenMultiple.of("6", null))))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                            .containsExactly(new FieldViolation("multipleReason", "在法定幅度内确定征收倍数，须记录理由")));
        }

        @Test
        void discretionaryMultipleMustBeChosen() {
            assertThatThrownBy(() -> calculator.assess(FeeSituation.NON_MARITAL_ONE_CHILD, BORN_2012,
                    urban(Parent.FATHER, null)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                            .extracting(FieldViolation::field).containsExactly("multiple", "multipleReason"));
        }

        @Test
        void fixedFourTimesCannotBeChangedButNeedsNoReason() {
            assertThatThrownBy(() -> calculator.assess(FeeSituation.ONE_EXTRA_CHILD, BORN_2012,
                    urban(Parent.FATHER, ChosenMultiple.of("5", REASON))))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                            .extracting(FieldViolation::field).containsExactly("multiple"));
            assertThat(calculator.assess(FeeSituation.ONE_EXTRA_CHILD, BORN_2012,
                    urban(Parent.FATHER, ChosenMultiple.fixed("4"))).total()).isEqualTo(new BigDecimal("119316.00"));
        }

        @Test
        void moreThanTwoDecimalsInAMultipleIsRefused() {
            assertThatThrownBy(() -> calculator.assess(FeeSituation.NON_MARITAL_ONE_CHILD, BORN_2012,
                    urban(Parent.FATHER, ChosenMultiple.of("1.255", REASON))))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                            .extracting(FieldViolation::field).containsExactly("multiple"));
        }

        @Test
        void aCaseReportsEveryParentsProblemsAtOnceWithPrefixedFields() {
            InvalidInputException e = catchThrowableOfType(() -> calculator.assessCase(FeeSituation.BIGAMY, BORN_2012,
                    List.of(urban(Parent.FATHER, ChosenMultiple.of("10", REASON)),
                            urban(Parent.MOTHER, ChosenMultiple.of("6", "")))), InvalidInputException.class);

            assertThat(e.violations()).extracting(FieldViolation::field)
                    .containsExactly("father.multiple", "mother.multipleReason");
        }

        @Test
        void theSameParentCannotBeAssessedTwice() {
            assertThatThrownBy(() -> calculator.assessCase(FeeSituation.ONE_EXTRA_CHILD, BORN_2012,
                    List.of(urban(Parent.FATHER, null), urban(Parent.FATHER, null))))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                            .extracting(FieldViolation::field).containsExactly("parents"));
        }
    }

    @Nested
    class EachParentAtTheirOwnCategory {

        private ParentFeeInput ruralMother(ChosenMultiple multiple) {
            return new ParentFeeInput(Parent.MOTHER, "李四", HukouCategory.RURAL, MENGHE, null, multiple, null);
        }

        @Test
        void urbanFatherAndRuralMotherAreAssessedOnDifferentBases() {
            FeeAssessment fee = calculator.assessCase(FeeSituation.ONE_EXTRA_CHILD, BORN_2012,
                    List.of(urban(Parent.FATHER, null), ruralMother(null)));

            // Father: 4 × 29,829 = 119,316.00 (city urban). Mother: 4 × 15,431.50 = 61,726.00 (孟河镇 rural, test figure).
            // Couple: 119,316.00 + 61,726.00 = 181,042.00.
            assertThat(fee.parent(Parent.FATHER).base().kind()).isEqualTo(IncomeBaseKind.URBAN_DISPOSABLE_INCOME);
            assertThat(fee.parent(Parent.MOTHER).base().kind()).isEqualTo(IncomeBaseKind.RURAL_NET_INCOME);
            assertThat(fee.parent(Parent.MOTHER).total()).isEqualTo(new BigDecimal("61726.00"));
            assertThat(fee.total()).isEqualTo(new BigDecimal("181042.00"));
            assertThat(fee.lines()).anyMatch(l -> l.startsWith("户籍类别不同：男方为城镇居民、女方为农村居民，按各自户籍类别的基数分别计征"));
            assertThat(fee.lines()).contains("基数：2011年孟河镇农村居民人均纯收入15,431.5元",
                    "4 × 15,431.5 = 61,726.00元",
                    "双方合计：119,316.00 + 61,726.00 = 181,042.00元");
        }

        @Test
        void ruralParentNeedsATownshipNotTheDistrict() {
            ParentFeeInput atDistrict = new ParentFeeInput(Parent.MOTHER, "李四", HukouCategory.RURAL, XINBEI, null, null, null);
            assertThatThrownBy(() -> calculator.assess(FeeSituation.ONE_EXTRA_CHILD, BORN_2012, atDistrict))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                            .extracting(FieldViolation::field).containsExactly("areaCode"));
        }

        @Test
        void missingBaseFigureStopsTheCalculation() {
            // Born 2011 → 2010 figures, none configured.
            assertThatThrownBy(() -> calculator.assessCase(FeeSituation.ONE_EXTRA_CHILD, LocalDate.parse("2011-11-30"),
                    List.of(urban(Parent.FATHER, null), ruralMother(null))))
                    .isInstanceOf(MissingIncomeBaseException.class)
                    .hasMessage("未配置2010年常州市城镇居民人均可支配收入，无法计算");
        }
    }

    @Nested
    class Rounding {

        // 0.55 × 15,431.50 = 8,487.325: the half 分 shows the configured rounding mode.

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({"HALF_UP, 8487.33", "HALF_EVEN, 8487.32", "DOWN, 8487.32", "UP, 8487.33"})
        void productIsRoundedOnceToTheFen(RoundingMode mode, String expected) {
            FeeCalculator withMode = new FeeCalculator(TestBases.table(), mode);
            ParentAssessment fee = withMode.assess(FeeSituation.NON_MARITAL_ONE_CHILD, BORN_2012,
                    new ParentFeeInput(Parent.MOTHER, "李四", HukouCategory.RURAL, MENGHE, null,
                            ChosenMultiple.of("0.55", REASON), null));

            assertThat(fee.total()).isEqualTo(new BigDecimal(expected));
        }

        @Test
        void unnecessaryIsNotARoundingMode() {
            assertThatThrownBy(() -> new FeeCalculator(TestBases.table(), RoundingMode.UNNECESSARY))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
