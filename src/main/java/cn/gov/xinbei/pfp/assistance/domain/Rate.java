package cn.gov.xinbei.pfp.assistance.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One amount of the rate table: valid for the calendar years {@code fromYear}..{@code toYear} (both included).
 *
 * @param subType null for schemes with a single amount, one of {@link AssistanceScheme#subTypes()} otherwise
 * @param amount  in 元, positive, at most two decimals (never zero: a missing amount is an error, not a free case)
 * @param source  where the amount comes from (document number, report URL or "placeholder")
 */
public record Rate(AssistanceScheme scheme, AssistanceSubType subType, int fromYear, int toYear, BigDecimal amount,
                   RateUnit unit, SourceMarker marker, String source) {

    private static final int MIN_YEAR = 1990;
    private static final int MAX_YEAR = 2100;

    public Rate {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(marker, "marker");
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException(describe(scheme, subType) + "：未注明标准来源（source）");
        }
        if (scheme.hasSubTypes() && subType == null) {
            throw new IllegalArgumentException(describe(scheme, null) + "：须注明类别（" + scheme.subTypes() + "）");
        }
        if (subType != null && !scheme.subTypes().contains(subType)) {
            throw new IllegalArgumentException(describe(scheme, subType) + "：类别 " + subType + " 不属于该扶助项目");
        }
        if (fromYear < MIN_YEAR || toYear > MAX_YEAR || fromYear > toYear) {
            throw new IllegalArgumentException(describe(scheme, subType) + "：年度范围 " + fromYear + "—" + toYear + " 无效");
        }
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException(describe(scheme, subType) + "：金额须大于零，实为 " + amount.toPlainString());
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(describe(scheme, subType) + "：金额最多两位小数，实为 " + amount.toPlainString());
        }
        if (scheme.oneOff() != (unit == RateUnit.ONE_OFF_PER_PERSON)) {
            throw new IllegalArgumentException(describe(scheme, subType) + "：计发单位 " + unit.label() + " 与扶助项目不符");
        }
    }

    public boolean covers(int year) {
        return year >= fromYear && year <= toYear;
    }

    /** True when the bureau still has to confirm the amount (see {@link SourceMarker#provisional()}). */
    public boolean provisional() {
        return marker.provisional();
    }

    static String describe(AssistanceScheme scheme, AssistanceSubType subType) {
        return scheme.chineseName() + (subType == null ? "" : "（" + subType.label() + "）");
    }
}
