package cn.gov.xinbei.pfp.maintenancefee.domain;

import java.util.Objects;

/**
 * An administrative area a base figure is published for: city 320400, district 320411 or a 9-digit township code.
 * {@code parentCode} is null only at the top (a city or county).
 */
public record IncomeArea(String code, String name, AreaLevel level, String parentCode) {

    public IncomeArea {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("an area needs a code");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("area " + code + " needs a name");
        }
        Objects.requireNonNull(level, () -> "area " + code + ": level");
    }
}
