package cn.gov.xinbei.pfp.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

import static cn.gov.xinbei.pfp.shared.configuration.ConfigurationMessages.REQUIRED;

/**
 * A town (镇) or sub-district (街道) of the district. {@code slug} is the stable identifier used in group ids,
 * {@code code} the 9-digit division code, which changes with redistricting (hence the validity dates).
 */
public record Town(@NotBlank(message = REQUIRED) String slug, @NotBlank(message = REQUIRED) String code,
                   @NotBlank(message = REQUIRED) String name, @NotNull(message = REQUIRED) Kind kind,
                   @NotNull(message = REQUIRED) LocalDate validFrom, LocalDate validTo) {

    public enum Kind { TOWN, SUB_DISTRICT }

    public boolean isValidOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || date.isBefore(validTo));
    }
}
