package cn.gov.xinbei.pfp.maintenancefee.domain;

import java.math.BigDecimal;

/**
 * A multiple the bureau chose within a legal range, and the reason it recorded (the reason may be empty only
 * where the law fixes the multiple). Checked by {@link FeeCalculator}, which reports problems per input field.
 */
public record ChosenMultiple(BigDecimal value, String reason) {

    public static ChosenMultiple of(String value, String reason) {
        return new ChosenMultiple(new BigDecimal(value), reason);
    }

    /** The fixed 4× of art. 41 para 3 (一), which needs no reason. */
    public static ChosenMultiple fixed(String value) {
        return new ChosenMultiple(new BigDecimal(value), null);
    }

    boolean hasReason() {
        return reason != null && !reason.isBlank();
    }
}
