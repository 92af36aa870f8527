package cn.gov.xinbei.pfp.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import static cn.gov.xinbei.pfp.shared.configuration.ConfigurationMessages.POSITIVE;
import static cn.gov.xinbei.pfp.shared.configuration.ConfigurationMessages.REQUIRED;

/** @param maxJsonBodyBytes longest JSON body the case API accepts, in bytes ({@code app.web}, config/web.yml) */
@Validated
@ConfigurationProperties(prefix = "app.web")
public record WebProperties(@NotNull(message = REQUIRED) @Positive(message = POSITIVE)
                            Long maxJsonBodyBytes) {
}
