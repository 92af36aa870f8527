package cn.gov.xinbei.pfp.targets.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Judges a computed indicator against its target. The comparison is exact (numerator × 100 against target ×
 * denominator), so 49 of 50 births meets 98 % and 97.99… % does not; the value shown is rounded to two decimals.
 */
public final class TargetEvaluator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int SCALE = 2;

    private final int sexRatioMinimumBirths;

    /** @param sexRatioMinimumBirths fewer births than this make the sex ratio not meaningful (status NO_DATA) */
    public TargetEvaluator(int sexRatioMinimumBirths) {
        if (sexRatioMinimumBirths < 1) {
            throw new IllegalArgumentException("the minimum number of births for a sex ratio must be at least 1");
        }
        this.sexRatioMinimumBirths = sexRatioMinimumBirths;
    }

    /** A target no computed indicator measures. */
    public Evaluation manual(Target target) {
        return new Evaluation(target, null, null, TargetStatus.MANUAL, target.note());
    }

    public Evaluation evaluate(Target target, Measurement m) {
        if (!target.computed()) {
            return manual(target);
        }
        if (m == null) {
            return new Evaluation(target, null, null, TargetStatus.NO_DATA, target.note());
        }
        return target.indicator().unit() == Indicator.Unit.RATIO ? sexRatio(target, m) : percent(target, m);
    }

    private Evaluation percent(Target target, Measurement m) {
        String pending = m.pending() > 0 ? "另有" + m.pending() + "件待核实，未计入" : null;
        if (m.denominator() == 0) {
            return new Evaluation(target, m, null, TargetStatus.NO_DATA, join(target.indicator().nothingCounted(), pending, target.note()));
        }
        BigDecimal value = percentOf(m.numerator(), m.denominator());
        if (target.minimum() == null) {
            return new Evaluation(target, m, value, TargetStatus.MANUAL, join("该单位无此项目标", pending, target.note()));
        }
        boolean met = BigDecimal.valueOf(m.numerator()).multiply(HUNDRED)
                .compareTo(target.minimum().multiply(BigDecimal.valueOf(m.denominator()))) >= 0;
        return new Evaluation(target, m, value, met ? TargetStatus.MET : TargetStatus.NOT_MET, join(pending, target.note()));
    }

    /** Boys (numerator) per 100 girls (denominator) against the band; too few births: not meaningful. */
    private Evaluation sexRatio(Target target, Measurement m) {
        long boys = m.numerator();
        long girls = m.denominator();
        long births = boys + girls;
        if (births == 0) {
            return new Evaluation(target, m, null, TargetStatus.NO_DATA, join("期内无出生", target.note()));
        }
        BigDecimal value = girls == 0 ? null : BigDecimal.valueOf(boys).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(girls), SCALE, RoundingMode.HALF_UP);
        if (births < sexRatioMinimumBirths) {
            return new Evaluation(target, m, value, TargetStatus.NO_DATA, join("样本不足：期内出生" + births + "人，少于"
                    + sexRatioMinimumBirths + "人，性别比不作判定", target.note()));
        }
        if (girls == 0) {
            return new Evaluation(target, m, null, TargetStatus.NOT_MET, join("期内出生均为男婴", target.note()));
        }
        BigDecimal scaledBoys = BigDecimal.valueOf(boys).multiply(HUNDRED);
        BigDecimal g = BigDecimal.valueOf(girls);
        boolean met = scaledBoys.compareTo(target.bandLow().multiply(g)) >= 0
                && scaledBoys.compareTo(target.bandHigh().multiply(g)) <= 0;
        return new Evaluation(target, m, value, met ? TargetStatus.MET : TargetStatus.NOT_MET, target.note());
    }

    public static BigDecimal percentOf(long numerator, long denominator) {
        return BigDecimal.valueOf(numerator).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(denominator), SCALE, RoundingMode.HALF_UP);
    }

    private static String join(String... parts) {
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                if (!text.isEmpty()) {
                    text.append("；");
                }
                text.append(part);
            }
        }
        return text.isEmpty() ? null : text.toString();
    }
}
