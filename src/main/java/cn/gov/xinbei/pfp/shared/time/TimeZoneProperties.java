package cn.gov.xinbei.pfp.shared.time;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.ZoneId;

import static cn.gov.xinbei.pfp.shared.configuration.ConfigurationMessages.REQUIRED;

/** @param zone the time zone in which dates of cases and deadlines are counted ({@code app.zone}, config/application.yml) */
@Validated
@ConfigurationProperties(prefix = "app")
public record TimeZoneProperties(@NotNull(message = REQUIRED) ZoneId zone) {
}
