package cn.gov.xinbei.pfp.maintenancefee.domain;

import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import cn.gov.xinbei.pfp.shared.validation.Violations;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The late fee (滞纳金) on a social maintenance fee not paid by its deadline:
 * <ul>
 * <li>2‰ of the unpaid amount per <b>month</b> from the day it falls overdue, i.e. the day after the payment deadline
 * ({@link #MONTHLY_RATE}, 357号令 art. 8);</li>
 * <li>a part month per the configured {@link PartMonthRule};</li>
 * <li>each payment reduces the unpaid amount from its date: the paid part is charged for the delay up to and
 * including its payment day, the rest up to and including the calculation date. Payments go to the principal;</li>
 * <li>the total may not exceed the principal (行政强制法 art. 45) — the fee as decided, before any payment.</li>
 * </ul>
 * Each part's fee is rounded once to the 分 with the configured rounding mode; the total is their exact sum.
 * The deadline is given, not derived: it is the one in the decision ({@link PaymentSchedule#paymentDue()}) or a
 * later one granted for instalments.
 */
public final class LateFeeCalculator {

    /** 357号令 art. 8: "每月加收欠缴社会抚养费2‰的滞纳金". */
    public static final BigDecimal MONTHLY_RATE = new BigDecimal("0.002");

    private static final int DISPLAY_MONTH_DECIMALS = 6;

    private final PartMonthRule partMonthRule;
    private final RoundingMode rounding;

    public LateFeeCalculator(PartMonthRule partMonthRule, RoundingMode rounding) {
        this.partMonthRule = Objects.requireNonNull(partMonthRule, "partMonthRule");
        this.rounding = Objects.requireNonNull(rounding, "rounding");
        if (rounding == RoundingMode.UNNECESSARY) {
            throw new IllegalArgumentException("the rounding mode must round: UNNECESSARY fails on 1/3 分");
        }
    }

    public PartMonthRule partMonthRule() {
        return partMonthRule;
    }

    public LateFeeAssessment calculate(BigDecimal principal, LocalDate paymentDeadline, List<Payment> payments,
                                       LocalDate asOf) {
        check(principal, paymentDeadline, payments, asOf);
        List<Payment> sorted = payments.stream().sorted(Comparator.comparing(Payment::date)).toList();

        List<String> lines = new ArrayList<>();
        lines.add("滞纳金标准：自欠缴之日起每月按欠缴社会抚养费的2‰加收（" + LegalBasis.DECREE_357_ART_8 + "），"
                + partMonthRule.label() + "；滞纳金总额不超过应缴社会抚养费（" + LegalBasis.LATE_FEE_CAP + "）");
        lines.add("应缴社会抚养费：" + Yuan.of(principal) + "元；缴款期限届满日：" + paymentDeadline
                + "，自" + paymentDeadline.plusDays(1) + "起为欠缴；计算至" + asOf);

        List<LateFeeItem> items = new ArrayList<>();
        BigDecimal unpaid = principal;
        for (Payment p : sorted) {
            LateFeeItem item = item(p.amount(), p.date(), paymentDeadline, p.date());
            items.add(item);
            unpaid = unpaid.subtract(p.amount());
            lines.add(p.date() + "缴纳" + Yuan.of(p.amount()) + "元：" + describe(item));
        }
        if (unpaid.signum() > 0) {
            LateFeeItem item = item(unpaid, null, paymentDeadline, asOf);
            items.add(item);
            lines.add("截至" + asOf + "尚欠" + Yuan.of(unpaid) + "元：" + describe(item));
        }

        List<LateFeeItem> charged = items.stream().filter(i -> i.fee().signum() > 0).toList();
        BigDecimal uncapped = charged.stream().map(LateFeeItem::fee).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(FeeCalculator.MONEY_SCALE);
        if (charged.size() > 1) {
            lines.add("按月计算的滞纳金：" + charged.stream().map(i -> Yuan.of(i.fee())).collect(Collectors.joining(" + "))
                    + " = " + Yuan.of(uncapped) + "元");
        } else {
            lines.add("按月计算的滞纳金：" + Yuan.of(uncapped) + "元");
        }
        boolean capped = uncapped.compareTo(principal) > 0;
        BigDecimal lateFee = capped ? principal.setScale(FeeCalculator.MONEY_SCALE) : uncapped;
        if (capped) {
            lines.add("按月计算的滞纳金" + Yuan.of(uncapped) + "元超过应缴社会抚养费" + Yuan.of(principal) + "元，以"
                    + Yuan.of(principal) + "元为限（" + LegalBasis.LATE_FEE_CAP + "）");
        }
        lines.add("截至" + asOf + "：尚欠社会抚养费" + Yuan.of(unpaid) + "元，滞纳金" + Yuan.of(lateFee) + "元");
        return new LateFeeAssessment(principal, paymentDeadline, asOf, unpaid.setScale(FeeCalculator.MONEY_SCALE),
                uncapped, lateFee, capped, partMonthRule, items, lines);
    }

    /** The late fee on {@code amount}, unpaid from the day after {@code deadline} up to and including {@code end}. */
    private LateFeeItem item(BigDecimal amount, LocalDate paidOn, LocalDate deadline, LocalDate end) {
        if (!end.isAfter(deadline)) {
            return new LateFeeItem(amount, paidOn, null, null, 0, 0, 0, BigDecimal.ZERO,
                    BigDecimal.ZERO.setScale(FeeCalculator.MONEY_SCALE));
        }
        int months = 0;
        while (!deadline.plusMonths(months + 1L).isAfter(end)) {
            months++;
        }
        LocalDate lastAnniversary = deadline.plusMonths(months);
        int extraDays = (int) ChronoUnit.DAYS.between(lastAnniversary, end);
        int monthLength = (int) ChronoUnit.DAYS.between(lastAnniversary, deadline.plusMonths(months + 1L));
        BigDecimal perMonth = amount.multiply(MONTHLY_RATE);
        BigDecimal fee;
        BigDecimal chargedMonths;
        switch (partMonthRule) {
            case COUNT_STARTED_MONTHS -> {
                chargedMonths = BigDecimal.valueOf(months + (extraDays > 0 ? 1 : 0));
                fee = perMonth.multiply(chargedMonths).setScale(FeeCalculator.MONEY_SCALE, rounding);
            }
            case COUNT_COMPLETED_MONTHS -> {
                chargedMonths = BigDecimal.valueOf(months);
                fee = perMonth.multiply(chargedMonths).setScale(FeeCalculator.MONEY_SCALE, rounding);
            }
            case PRO_RATA_DAYS -> {
                BigDecimal dayCount = BigDecimal.valueOf((long) months * monthLength + extraDays);
                BigDecimal length = BigDecimal.valueOf(monthLength);
                chargedMonths = dayCount.divide(length, DISPLAY_MONTH_DECIMALS, rounding);
                // One division at the very end keeps the fraction exact until the 分.
                fee = perMonth.multiply(dayCount).divide(length, FeeCalculator.MONEY_SCALE, rounding);
            }
            default -> throw new IllegalStateException("unknown part-month rule " + partMonthRule);
        }
        return new LateFeeItem(amount, paidOn, deadline.plusDays(1), end, months, extraDays, monthLength, chargedMonths, fee);
    }

    private String describe(LateFeeItem item) {
        if (item.overdueFrom() == null) {
            return "在缴款期限内，不计滞纳金";
        }
        String delay = item.completedMonths() + "个月" + (item.extraDays() > 0 ? "又" + item.extraDays() + "日" : "");
        String factor;
        String charged;
        if (partMonthRule == PartMonthRule.PRO_RATA_DAYS && item.extraDays() > 0) {
            int length = item.partMonthLength();
            factor = "(" + item.completedMonths() + " + " + item.extraDays() + "/" + length + ")";
            charged = "按" + item.completedMonths() + "又" + item.extraDays() + "/" + length + "个月计";
        } else {
            factor = item.chargedMonths().stripTrailingZeros().toPlainString();
            charged = "按" + factor + "个月计";
        }
        return "欠缴期间" + item.overdueFrom() + "至" + item.overdueTo() + "，计" + delay + "，" + charged + "；"
                + Yuan.of(item.amount()) + " × 2‰ × " + factor + " = " + Yuan.of(item.fee()) + "元";
    }

    private static void check(BigDecimal principal, LocalDate deadline, List<Payment> payments, LocalDate asOf) {
        Violations v = new Violations();
        if (principal == null || principal.signum() <= 0 || decimals(principal) > FeeCalculator.MONEY_SCALE) {
            v.add("principal", "应缴社会抚养费须为大于0、最多两位小数的金额");
        }
        if (deadline == null) {
            v.add("paymentDeadline", "请填写缴款期限届满日");
        }
        if (asOf == null) {
            v.add("asOf", "请填写计算截止日");
        }
        if (payments == null) {
            v.add("payments", "缴款记录不能为空（没有缴款时为空列表）");
            v.throwIfAny();
        }
        BigDecimal paid = BigDecimal.ZERO;
        for (int i = 0; i < payments.size(); i++) {
            Payment p = payments.get(i);
            String f = "payments[" + i + "]";
            if (p == null) {
                v.add(f, "缴款记录为空");
                continue;
            }
            if (p.date() == null) {
                v.add(f + ".date", "请填写缴款日期");
            } else if (asOf != null && p.date().isAfter(asOf)) {
                v.add(f + ".date", "缴款日期" + p.date() + "晚于计算截止日" + asOf);
            }
            if (p.amount() == null || p.amount().signum() <= 0 || decimals(p.amount()) > FeeCalculator.MONEY_SCALE) {
                v.add(f + ".amount", "缴款金额须为大于0、最多两位小数的金额");
            } else {
                paid = paid.add(p.amount());
            }
        }
        if (v.isEmpty() && paid.compareTo(principal) > 0) {
            v.add("payments", "缴款合计" + Yuan.of(paid) + "元超过应缴社会抚养费" + Yuan.of(principal) + "元");
        }
        v.throwIfAny();
    }

    private static int decimals(BigDecimal value) {
        return Math.max(0, value.stripTrailingZeros().scale());
    }
}
