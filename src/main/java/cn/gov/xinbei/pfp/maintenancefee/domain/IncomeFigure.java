package cn.gov.xinbei.pfp.maintenancefee.domain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

/**
 * One published figure: the statistic {@code kind} of {@code areaCode} for {@code year}, in 元, with where it comes
 * from and how sure we are of it ({@code marker}, as in REFERENCE.md §0: V, V-seed, S or I). A figure that was not
 * found ([NF]) is not a figure: leave it out, and the calculation stops with an error naming it.
 */
public record IncomeFigure(int year, String areaCode, IncomeBaseKind kind, BigDecimal amount, String source,
                           String marker) {

    /** The markers of REFERENCE.md §0 that a present figure may carry, and BUREAU for one the bureau entered. */
    public static final Set<String> MARKERS = Set.of("V", "V-seed", "S", "I", "BUREAU");

    public IncomeFigure {
        String what = year + "/" + areaCode + "/" + kind;
        if (year < 1949 || year > 2100) {
            throw new IllegalArgumentException(what + ": the year " + year + " is not plausible");
        }
        if (areaCode == null || areaCode.isBlank()) {
            throw new IllegalArgumentException("a figure of " + year + " has no area code");
        }
        Objects.requireNonNull(kind, () -> year + "/" + areaCode + ": kind");
        Objects.requireNonNull(amount, () -> what + ": amount");
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException(what + ": the amount must be positive, not " + amount.toPlainString());
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(what + ": the amount " + amount.toPlainString() + " has more than 2 decimals");
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException(what + ": the source must be recorded");
        }
        if (!MARKERS.contains(marker)) {
            throw new IllegalArgumentException(what + ": the marker must be one of " + MARKERS + ", not " + marker
                    + " (a figure not found is left out, not entered)");
        }
    }
}
