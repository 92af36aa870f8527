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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Principal 119,316.00 (one parent of the worked example), served 2012-09-07 → deadline 2012-10-08; overdue from
 * 2012-10-09. One month's late fee on the whole principal: 119,316 × 2‰ = 238.632. Months of delay end on the 8th.
 */
class LateFeeCalculatorTest {

    private static final BigDecimal PRINCIPAL = new BigDecimal("119316.00");
    private static final LocalDate DEADLINE = LocalDate.parse("2012-10-08");

    private static LateFeeCalculator calculator(PartMonthRule rule) {
        return new LateFeeCalculator(rule, RoundingMode.HALF_UP);
    }

    private static LateFeeAssessment lateFee(PartMonthRule rule, String asOf, Payment... payments) {
        return calculator(rule).calculate(PRINCIPAL, DEADLINE, List.of(payments), LocalDate.parse(asOf));
    }

    @Nested
    class AcrossMonths {

        @ParameterizedTest(name = "{0} as of {1}: {2}")
        @CsvSource({
                // rule,                   as of,      late fee
                "COUNT_COMPLETED_MONTHS, 2012-10-08, 0.00",    // the last day to pay: not overdue
                "COUNT_STARTED_MONTHS,   2012-10-08, 0.00",
                "PRO_RATA_DAYS,          2012-10-08, 0.00",
                "COUNT_COMPLETED_MONTHS, 2012-10-09, 0.00",    // 1 day: no month completed
                "COUNT_STARTED_MONTHS,   2012-10-09, 238.63",  // 1 day: one month begun → 238.632 → 238.63
                "PRO_RATA_DAYS,          2012-10-09, 7.70",    // 238.632 × 1/31 (10-08 → 11-08 has 31 days) = 7.6978 → 7.70
                "COUNT_COMPLETED_MONTHS, 2012-11-07, 0.00",    // 30 days, still short of 11-08
                "COUNT_COMPLETED_MONTHS, 2012-11-08, 238.63",  // exactly one month
                "COUNT_STARTED_MONTHS,   2012-11-08, 238.63",  // exactly one month, none begun after it
                "PRO_RATA_DAYS,          2012-11-08, 238.63",
                "COUNT_COMPLETED_MONTHS, 2013-01-10, 715.90",  // 3 months + 2 days → 3 × 238.632 = 715.896 → 715.90
                "COUNT_STARTED_MONTHS,   2013-01-10, 954.53",  // → 4 × 238.632 = 954.528 → 954.53
                "PRO_RATA_DAYS,          2013-01-10, 731.29",  // 3 + 2/31 (01-08 → 02-08): 238.632 × 95 / 31 = 731.2916 → 731.29
                "PRO_RATA_DAYS,          2012-10-20, 92.37"})  // 12/31: 238.632 × 12 / 31 = 92.3737 → 92.37
        void lateFeeIsTwoPerMilleOfTheUnpaidAmountPerMonth(PartMonthRule rule, String asOf, String expected) {
            LateFeeAssessment fee = lateFee(rule, asOf);

            assertThat(fee.lateFee()).isEqualTo(new BigDecimal(expected));
            assertThat(fee.unpaidPrincipal()).isEqualTo(PRINCIPAL);
            assertThat(fee.capped()).isFalse();
        }

        @Test
        void explanationNamesTheRuleTheDelayAndTheArithmetic() {
            LateFeeAssessment fee = lateFee(PartMonthRule.COUNT_COMPLETED_MONTHS, "2013-01-10");

            assertThat(fee.lines()).containsExactly(
                    "滞纳金标准：自欠缴之日起每月按欠缴社会抚养费的2‰加收（《社会抚养费征收管理办法》第八条），不足一个月的不计；"
                            + "滞纳金总额不超过应缴社会抚养费（《中华人民共和国行政强制法》第四十五条）",
                    "应缴社会抚养费：119,316.00元；缴款期限届满日：2012-10-08，自2012-10-09起为欠缴；计算至2013-01-10",
                    "截至2013-01-10尚欠119,316.00元：欠缴期间2012-10-09至2013-01-10，计3个月又2日，按3个月计；"
                            + "119,316.00 × 2‰ × 3 = 715.90元",
                    "按月计算的滞纳金：715.90元",
                    "截至2013-01-10：尚欠社会抚养费119,316.00元，滞纳金715.90元");
        }

        @Test
        void proRataExplanationShowsTheFraction() {
            LateFeeAssessment fee = lateFee(PartMonthRule.PRO_RATA_DAYS, "2013-01-10");

            assertThat(fee.lines()).anyMatch(l -> l.endsWith("计3个月又2日，按3又2/31个月计；119,316.00 × 2‰ × (3 + 2/31) = 731.29元"));
        }

        @Test
        void monthsOfDelayFromAMonthEndDeadlineEndOnTheLastDayOfShorterMonths() {
            // Deadline 2012-01-31: the first month of delay ends 2012-02-29 (leap year), the second 2012-03-31.
            LateFeeCalculator completed = calculator(PartMonthRule.COUNT_COMPLETED_MONTHS);
            LocalDate deadline = LocalDate.parse("2012-01-31");
            BigDecimal principal = new BigDecimal("10000");

            // 10,000 × 2‰ = 20.00 per month.
            assertThat(completed.calculate(principal, deadline, List.of(), LocalDate.parse("2012-02-28")).lateFee())
                    .isEqualTo(new BigDecimal("0.00"));
            assertThat(completed.calculate(principal, deadline, List.of(), LocalDate.parse("2012-02-29")).lateFee())
                    .isEqualTo(new BigDecimal("20.00"));
            assertThat(completed.calculate(principal, deadline, List.of(), LocalDate.parse("2012-03-30")).lateFee())
                    .isEqualTo(new BigDecimal("20.00"));
            assertThat(completed.calculate(principal, deadline, List.of(), LocalDate.parse("2012-03-31")).lateFee())
                    .isEqualTo(new BigDecimal("40.00"));
        }
    }

    @Nested
    class PartialPayments {

        @Test
        void paymentReducesTheUnpaidAmountFromItsDate() {
            LateFeeAssessment fee = lateFee(PartMonthRule.COUNT_COMPLETED_MONTHS, "2013-01-10",
                    Payment.of("2012-11-20", "50000"));

            // 50,000 paid 2012-11-20: 1 month + 12 days → 1 month: 50,000 × 2‰ × 1 = 100.00
            // 69,316 still unpaid 2013-01-10: 3 months + 2 days → 3: 69,316 × 2‰ × 3 = 415.896 → 415.90
            // Total 100.00 + 415.90 = 515.90
            assertThat(fee.items()).extracting(LateFeeItem::fee)
                    .containsExactly(new BigDecimal("100.00"), new BigDecimal("415.90"));
            assertThat(fee.lateFee()).isEqualTo(new BigDecimal("515.90"));
            assertThat(fee.unpaidPrincipal()).isEqualTo(new BigDecimal("69316.00"));
            assertThat(fee.lines()).contains(
                    "2012-11-20缴纳50,000.00元：欠缴期间2012-10-09至2012-11-20，计1个月又12日，按1个月计；50,000.00 × 2‰ × 1 = 100.00元",
                    "截至2013-01-10尚欠69,316.00元：欠缴期间2012-10-09至2013-01-10，计3个月又2日，按3个月计；69,316.00 × 2‰ × 3 = 415.90元",
                    "按月计算的滞纳金：100.00 + 415.90 = 515.90元");
        }

        @Test
        void paymentsAreTakenInDateOrderWhateverTheirListOrder() {
            LateFeeAssessment fee = lateFee(PartMonthRule.COUNT_STARTED_MONTHS, "2012-12-20",
                    Payment.of("2012-12-01", "19316"), Payment.of("2012-10-30", "50000"));

            // Started months. 50,000 on 10-30: 0 months + 22 days → 1: 50,000 × 2‰ × 1 = 100.00
            // 19,316 on 12-01: 1 month + 23 days → 2: 19,316 × 2‰ × 2 = 77.264 → 77.26
            // 50,000 unpaid on 12-20: 2 months + 12 days → 3: 50,000 × 2‰ × 3 = 300.00
            // Total 100.00 + 77.26 + 300.00 = 477.26
            assertThat(fee.items()).extracting(LateFeeItem::paidOn)
                    .containsExactly(LocalDate.parse("2012-10-30"), LocalDate.parse("2012-12-01"), null);
            assertThat(fee.lateFee()).isEqualTo(new BigDecimal("477.26"));
            assertThat(fee.unpaidPrincipal()).isEqualTo(new BigDecimal("50000.00"));
        }

        @Test
        void paymentInTimeBearsNoLateFee() {
            LateFeeAssessment fee = lateFee(PartMonthRule.COUNT_COMPLETED_MONTHS, "2012-12-08",
                    Payment.of("2012-10-08", "19316"));

            // 19,316 paid on the last day: nothing. 100,000 unpaid 2 months: 100,000 × 2‰ × 2 = 400.00
            assertThat(fee.lateFee()).isEqualTo(new BigDecimal("400.00"));
            assertThat(fee.lines()).contains("2012-10-08缴纳19,316.00元：在缴款期限内，不计滞纳金");
        }

        @Test
        void fullLatePaymentLeavesOnlyItsOwnLateFee() {
            LateFeeAssessment fee = lateFee(PartMonthRule.COUNT_COMPLETED_MONTHS, "2013-06-01",
                    Payment.of("2012-12-10", "119316"));

            // Paid 2 months + 2 days late → 2 months: 119,316 × 2‰ × 2 = 477.264 → 477.26; nothing unpaid after.
            assertThat(fee.lateFee()).isEqualTo(new BigDecimal("477.26"));
            assertThat(fee.unpaidPrincipal()).isEqualTo(new BigDecimal("0.00"));
            assertThat(fee.items()).hasSize(1);
        }
    }

    @Nested
    class CapAtThePrincipal {

        @Test
        void fiveHundredMonthsReachTheCapExactly() {
            // 2‰ × 500 = 1: after 500 months (2012-10-08 + 41 years 8 months = 2054-06-08) the fee equals the principal.
            LateFeeAssessment fee = lateFee(PartMonthRule.COUNT_COMPLETED_MONTHS, "2054-06-08");

            assertThat(fee.uncappedLateFee()).isEqualTo(new BigDecimal("119316.00"));
            assertThat(fee.lateFee()).isEqualTo(new BigDecimal("119316.00"));
            assertThat(fee.capped()).isFalse();
        }

        @Test
        void longOverdueFeeIsCappedAtThePrincipal() {
            // 501 months (to 2054-07-08): 119,316 × 2‰ × 501 = 119,554.632 → 119,554.63 > 119,316.00 → capped.
            LateFeeAssessment fee = lateFee(PartMonthRule.COUNT_COMPLETED_MONTHS, "2054-07-08");

            assertThat(fee.uncappedLateFee()).isEqualTo(new BigDecimal("119554.63"));
            assertThat(fee.lateFee()).isEqualTo(new BigDecimal("119316.00"));
            assertThat(fee.capped()).isTrue();
            assertThat(fee.lines()).contains("按月计算的滞纳金119,554.63元超过应缴社会抚养费119,316.00元，以119,316.00元为限"
                    + "（《中华人民共和国行政强制法》第四十五条）");
        }

        @Test
        void capIsTheDecidedPrincipalEvenAfterPartPayments() {
            // 19,316 paid in time; 100,000 unpaid for 1,200 months (2112-10-08): 100,000 × 2‰ × 1,200 = 240,000.00,
            // above the decided fee 119,316.00 → 119,316.00 (not 100,000, the part still unpaid).
            LateFeeAssessment fee = calculator(PartMonthRule.COUNT_COMPLETED_MONTHS).calculate(PRINCIPAL, DEADLINE,
                    List.of(Payment.of("2012-10-01", "19316")), LocalDate.parse("2112-10-08"));

            assertThat(fee.uncappedLateFee()).isEqualTo(new BigDecimal("240000.00"));
            assertThat(fee.lateFee()).isEqualTo(new BigDecimal("119316.00"));
        }
    }

    @Nested
    class Input {

        @Test
        void paymentsAboveThePrincipalAreRefused() {
            assertThatThrownBy(() -> lateFee(PartMonthRule.COUNT_COMPLETED_MONTHS, "2013-01-10",
                    Payment.of("2012-11-01", "100000"), Payment.of("2012-12-01", "19316.01")))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                            .containsExactly(new FieldViolation("payments", "缴款合计119,316.01元超过应缴社会抚养费119,316.00元")));
        }

        @Test
        void paymentAfterTheCalculationDateOrWithoutAmountIsRefused() {
            assertThatThrownBy(() -> calculator(PartMonthRule.COUNT_COMPLETED_MONTHS).calculate(PRINCIPAL, DEADLINE,
                    List.of(Payment.of("2013-02-01", "100"), new Payment(LocalDate.parse("2012-11-01"), null)),
                    LocalDate.parse("2013-01-10")))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                            .extracting(FieldViolation::field).containsExactly("payments[0].date", "payments[1].amount"));
        }

        @Test
        void principalMustBePositive() {
            assertThatThrownBy(() -> calculator(PartMonthRule.COUNT_COMPLETED_MONTHS).calculate(BigDecimal.ZERO, DEADLINE,
                    List.of(), LocalDate.parse("2013-01-10")))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                            .extracting(FieldViolation::field).containsExactly("principal"));
        }

        @Test
        void rateIsTwoPerMillePerMonth() {
            assertThat(LateFeeCalculator.MONTHLY_RATE).isEqualByComparingTo("0.002");
        }
    }
}
