package cn.gov.xinbei.pfp.assistance.domain;

import cn.gov.xinbei.pfp.residentid.ResidentIdNumber;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One person's confirmed entitlement under one scheme.
 *
 * @param town  the town or street (镇/街道) that handled it, for messages
 * @param from  first day of the entitlement
 * @param until last day of the entitlement (included), or null while it runs (e.g. 奖扶 until death)
 */
public record Entitlement(ResidentIdNumber idNumber, AssistanceScheme scheme, String town, LocalDate from,
                          LocalDate until) {

    public Entitlement {
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(from, "from");
        if (town == null || town.isBlank()) {
            throw new IllegalArgumentException("享受资格须注明经办镇（街道）");
        }
        if (until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("享受资格的终止日期 " + until + " 早于起始日期 " + from);
        }
    }

    /** True when both are under the same scheme and their periods share at least one day. */
    boolean overlaps(Entitlement other) {
        LocalDate thisEnd = until == null ? LocalDate.MAX : until;
        LocalDate otherEnd = other.until == null ? LocalDate.MAX : other.until;
        return !from.isAfter(otherEnd) && !other.from.isAfter(thisEnd);
    }

    String describePeriod() {
        return from + (until == null ? "起，未终止" : "至" + until);
    }
}
