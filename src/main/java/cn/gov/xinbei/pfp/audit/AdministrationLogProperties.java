package cn.gov.xinbei.pfp.audit;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.ZoneId;

import static cn.gov.xinbei.pfp.shared.configuration.ConfigurationMessages.POSITIVE;
import static cn.gov.xinbei.pfp.shared.configuration.ConfigurationMessages.REQUIRED;

/**
 * The administration log page ({@code app.audit}, config/audit.yml).
 *
 * @param zone     the time zone its times are shown in
 * @param pageSize how many of the latest changes it shows
 */
@Validated
@ConfigurationProperties(prefix = "app.audit")
public record AdministrationLogProperties(@NotNull(message = REQUIRED) ZoneId zone,
                                          @NotNull(message = REQUIRED)
                                          @Positive(message = POSITIVE) Integer pageSize) {
}
