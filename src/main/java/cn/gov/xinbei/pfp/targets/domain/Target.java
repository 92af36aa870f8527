package cn.gov.xinbei.pfp.targets.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One target of one town (or of the district) in one year, as printed in the annex, and how a computed value is
 * judged against it.
 *
 * @param key       stable id of the row, e.g. {@code birth-policy-compliance}
 * @param name      the row's name in the annex
 * @param annex     1 (政府考核指标) or 2 (条线考核指标)
 * @param kind      how the target is stated
 * @param value     the target as printed ("98", "103—107", "基本正常"); null when the plan gives none for this unit
 * @param indicator the computed indicator that measures it, or null (assessed by hand)
 * @param minimum   a computed percent meets the target when it is at least this (MIN_PERCENT: the printed value;
 *                  TEXT: the configured reading of the words, e.g. 基本兑现 as 98); null when not judged this way
 * @param bandLow   a computed ratio meets the target when it lies in [bandLow, bandHigh] (both ends included)
 * @param bandHigh  see bandLow
 * @param formula   how the indicator is computed, in Chinese, for the page and the report
 * @param note      a remark (what part of the target the system measures), or null
 */
public record Target(String key, String name, int annex, TargetKind kind, String value, Indicator indicator,
                     BigDecimal minimum, BigDecimal bandLow, BigDecimal bandHigh, String formula, String note) {

    public Target {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (annex != 1 && annex != 2) {
            throw new IllegalArgumentException(key + ": annex must be 1 or 2");
        }
        if ((bandLow == null) != (bandHigh == null)) {
            throw new IllegalArgumentException(key + ": give both ends of the band");
        }
        if (bandLow != null && bandLow.compareTo(bandHigh) > 0) {
            throw new IllegalArgumentException(key + ": the band's low end is above its high end");
        }
        if (indicator != null && indicator.unit() == Indicator.Unit.RATIO && bandLow == null) {
            throw new IllegalArgumentException(key + ": " + indicator + " is judged against a band: give low and high");
        }
    }

    public boolean computed() {
        return indicator != null;
    }

    /** The target as shown: the printed value, or "—" when none is given for this unit. */
    public String shown() {
        return value == null ? "—" : value;
    }
}
