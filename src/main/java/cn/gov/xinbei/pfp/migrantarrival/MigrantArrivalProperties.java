package cn.gov.xinbei.pfp.migrantarrival;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import static cn.gov.xinbei.pfp.shared.configuration.ConfigurationMessages.POSITIVE;

/** Periods of the registration of arriving migrants; see config/migrant-certificate.yml (app.migrant-arrival). */
@Validated
@ConfigurationProperties(prefix = "app.migrant-arrival")
public record MigrantArrivalProperties(@Positive(message = POSITIVE) int submissionDays,
                                       @Positive(message = POSITIVE) int makeUpMonths,
                                       @Positive(message = POSITIVE) int followUpWorkingDays,
                                       @Positive(message = POSITIVE) int hrReportCheckWorkingDays,
                                       @Positive(message = POSITIVE) int admonishWorkingDays,
                                       @Positive(message = POSITIVE) int maxAge) {
}
