package cn.gov.xinbei.pfp.migrantexchange;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import static cn.gov.xinbei.pfp.shared.configuration.ConfigurationMessages.POSITIVE;
import static cn.gov.xinbei.pfp.shared.configuration.ConfigurationMessages.REQUIRED;

/** The exchange of notices on migrants; see config/migrant-certificate.yml (app.migrant-exchange). */
@Validated
@ConfigurationProperties(prefix = "app.migrant-exchange")
public record MigrantExchangeProperties(@NotBlank(message = REQUIRED) String placePrefix,
                                        @Positive(message = POSITIVE) int maxImportRows) {
}
