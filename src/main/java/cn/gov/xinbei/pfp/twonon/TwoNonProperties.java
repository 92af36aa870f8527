package cn.gov.xinbei.pfp.twonon;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import static cn.gov.xinbei.pfp.shared.configuration.ConfigurationMessages.POSITIVE;

/**
 * Tunables of the 两非 joint case; see config/two-non.yml (app.two-non) for their basis.
 *
 * @param hearingNoticeDays       calendar days between telling the party the hearing's time and place and the hearing
 *                                (《行政处罚法》1996 第四十二条: 7)
 * @param holdLiftReasonMinLength the least number of characters of the reason for lifting a hold
 * @param defaultCaseDays         calendar days for the whole case from acceptance, until a supervisor sets a deadline
 */
@Validated
@ConfigurationProperties(prefix = "app.two-non")
public record TwoNonProperties(@Positive(message = POSITIVE) int hearingNoticeDays,
                               @Positive(message = POSITIVE) int holdLiftReasonMinLength,
                               @Positive(message = POSITIVE) int defaultCaseDays) {
}
