package cn.gov.xinbei.pfp.secondchild;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import static cn.gov.xinbei.pfp.shared.configuration.ConfigurationMessages.POSITIVE;
import static cn.gov.xinbei.pfp.shared.configuration.ConfigurationMessages.REQUIRED;

/**
 * Time limits and document settings of the second-child approval; see config/second-child.yml for their basis.
 * Every key is required: a missing time limit would otherwise be a deadline of 0 days.
 */
@Validated
@ConfigurationProperties(prefix = "app.second-child")
public record SecondChildProperties(@Positive(message = POSITIVE) int acceptanceWorkingDays,
                                    @Positive(message = POSITIVE) int townReviewWorkingDays,
                                    @Positive(message = POSITIVE) int hukouProofWorkingDays,
                                    @Positive(message = POSITIVE) int decisionWorkingDays,
                                    @Positive(message = POSITIVE) int extensionWorkingDays,
                                    @Positive(message = POSITIVE) int certificateWorkingDays,
                                    @Positive(message = POSITIVE) int correctionResponseDays,
                                    @Positive(message = POSITIVE) int postingDays,
                                    @Positive(message = POSITIVE) int postingTaskWorkingDays,
                                    @Positive(message = POSITIVE) int reconsiderationDays,
                                    @Positive(message = POSITIVE) int lawsuitMonths,
                                    @NotBlank(message = REQUIRED) String certificateNumberFormat,
                                    @NotBlank(message = REQUIRED) String reconsiderationBodies,
                                    @NotBlank(message = REQUIRED) String court) {
}
