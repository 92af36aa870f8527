package cn.gov.xinbei.pfp.organization;

import java.time.LocalDate;

/**
 * A town (镇) or sub-district (街道) of the district. {@code slug} is the stable identifier used in group ids,
 * {@code code} the 9-digit division code, which changes with redistricting (hence the validity dates).
 */
public record Town(String slug, String code, String name, Kind kind, LocalDate validFrom, LocalDate validTo) {

    public enum Kind { TOWN, SUB_DISTRICT }

    public boolean isValidOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || date.isBefore(validTo));
    }
}
