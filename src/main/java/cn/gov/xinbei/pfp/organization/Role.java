package cn.gov.xinbei.pfp.organization;

import jakarta.validation.constraints.NotBlank;

import static cn.gov.xinbei.pfp.shared.configuration.ConfigurationMessages.REQUIRED;

/** A role within a town or department. Group ids combine a unit and a role: {@code chunjiang-clerk}. */
public record Role(@NotBlank(message = REQUIRED) String code, @NotBlank(message = REQUIRED) String name,
                   String description) {
}
