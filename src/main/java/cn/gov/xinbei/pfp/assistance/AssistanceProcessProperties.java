package cn.gov.xinbei.pfp.assistance;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import static cn.gov.xinbei.pfp.shared.configuration.ConfigurationMessages.POSITIVE;

/** Time limits of the process assistanceEligibility; see config/assistance.yml (app.assistance-process) for their basis. */
@Validated
@ConfigurationProperties(prefix = "app.assistance-process")
public record AssistanceProcessProperties(@Positive(message = POSITIVE) int villageReviewWorkingDays,
                                          @Positive(message = POSITIVE) int townReviewWorkingDays,
                                          @Positive(message = POSITIVE) int postingDays,
                                          @Positive(message = POSITIVE) int policeCheckWorkingDays,
                                          @Positive(message = POSITIVE) int hrCheckWorkingDays,
                                          @Positive(message = POSITIVE) int bureauConfirmationWorkingDays,
                                          @Positive(message = POSITIVE) int transferWorkingDays,
                                          @Positive(message = POSITIVE) int creditWorkingDays,
                                          @Positive(message = POSITIVE) int changeWorkingDays,
                                          @Positive(message = POSITIVE) int reverificationWorkingDays,
                                          @Positive(message = POSITIVE) int reverificationBatchSize) {
}
