package cn.gov.xinbei.pfp.targets;

import cn.gov.xinbei.pfp.targets.domain.TargetKind;

import java.math.BigDecimal;

/**
 * The checks of a target value as typed on the desk, per kind (the same rules the catalog applies to the YAML):
 * MIN_PERCENT a percent 0—100, COUNT a whole number ≥ 0, BAND "low—high" with low ≤ high, TEXT words.
 */
final class TargetValues {

    static final int MAX_TEXT_LENGTH = 200;
    static final BigDecimal HUNDRED = new BigDecimal("100");
    static final BigDecimal MAX_COUNT = new BigDecimal("1000000");
    static final BigDecimal MAX_BAND = new BigDecimal("1000");

    private TargetValues() {
    }

    /** @return null when the value is fine, else the Chinese reason */
    static String problem(TargetKind kind, String value) {
        if (value == null || value.isBlank()) {
            return "请填写目标值";
        }
        String v = value.strip();
        return switch (kind) {
            case MIN_PERCENT -> {
                BigDecimal n = number(v);
                yield n == null || n.signum() < 0 || n.compareTo(HUNDRED) > 0 || n.stripTrailingZeros().scale() > 2
                        ? "应为0—100之间的百分数（不带%），如98" : null;
            }
            case COUNT -> {
                BigDecimal n = number(v);
                yield n == null || n.signum() < 0 || n.stripTrailingZeros().scale() > 0 || n.compareTo(MAX_COUNT) > 0
                        ? "应为不小于0的整数" : null;
            }
            case BAND -> band(v) == null ? "应为“下限—上限”形式的区间，如103—107，下限不大于上限" : null;
            case TEXT -> v.length() > MAX_TEXT_LENGTH ? "不能超过" + MAX_TEXT_LENGTH + "个字" : null;
        };
    }

    /** "103—107" (or 103-107, 103～107) as {low, high}; null when it is not such a band. */
    static BigDecimal[] band(String value) {
        if (value == null) {
            return null;
        }
        String[] parts = value.strip().split("\\s*(—|－|-|～|~|至)\\s*");
        if (parts.length != 2) {
            return null;
        }
        BigDecimal low = number(parts[0]);
        BigDecimal high = number(parts[1]);
        if (low == null || high == null || low.signum() < 0 || high.compareTo(MAX_BAND) > 0 || low.compareTo(high) > 0) {
            return null;
        }
        return new BigDecimal[] {low, high};
    }

    private static BigDecimal number(String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
