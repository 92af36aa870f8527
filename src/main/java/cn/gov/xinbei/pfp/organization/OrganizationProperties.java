package cn.gov.xinbei.pfp.organization;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.util.List;

import static cn.gov.xinbei.pfp.shared.configuration.ConfigurationMessages.NOT_EMPTY;
import static cn.gov.xinbei.pfp.shared.configuration.ConfigurationMessages.REQUIRED;

/** Bound from config/organization.yml. */
@Validated
@ConfigurationProperties(prefix = "app.organization")
public record OrganizationProperties(@NotNull(message = REQUIRED) @Valid District district,
                                     @NotEmpty(message = NOT_EMPTY) List<@Valid Town> towns,
                                     @NotEmpty(message = NOT_EMPTY) List<@Valid Department> departments,
                                     @NotEmpty(message = NOT_EMPTY) List<@Valid Role> roles) {

    public record District(@NotBlank(message = REQUIRED) String code, @NotBlank(message = REQUIRED) String name) {
    }
}
