package cn.gov.xinbei.pfp.organization;

import jakarta.validation.constraints.NotBlank;

import static cn.gov.xinbei.pfp.shared.configuration.ConfigurationMessages.REQUIRED;

/** A department taking part in the cases (SEED annex 3), with the duty that brings it in. */
public record Department(@NotBlank(message = REQUIRED) String slug, @NotBlank(message = REQUIRED) String name,
                         String duty) {
}
