package cn.gov.xinbei.pfp.maintenancefee;

import cn.gov.xinbei.pfp.maintenancefee.domain.PartMonthRule;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.math.RoundingMode;

import static cn.gov.xinbei.pfp.shared.configuration.ConfigurationMessages.POSITIVE;
import static cn.gov.xinbei.pfp.shared.configuration.ConfigurationMessages.REQUIRED;

/**
 * The tunables of the fee calculation ({@code config/maintenance-fee.yml}); see that file for why each default was
 * chosen. Missing or impossible values stop start-up, naming the key.
 *
 * @param partMonthRule        how a month of delay that has begun is charged (357号令 art. 8 is silent, [NF])
 * @param roundingMode         how products are rounded to the 分
 * @param statementWorkingDays working days the person has to state their case (陈述、申辩) after the prior notice
 * @param hearingOffered       whether the prior notice offers a hearing (听证), which 357号令 does not require
 * @param hearingRequestDays   calendar days to ask for a hearing after the notice is served, when one is offered
 * @param hearingNoticeDays    calendar days between telling the party the hearing's time and place and the hearing
 *                             (《行政处罚法》1996 第四十二条: 7), when one is offered
 * @param maxInstalmentMonths  how many months after the payment deadline the last instalment may fall ([NF])
 * @param abolishedForBirthsFrom the first birth date for which no fee is charged any more: 社会抚养费 was abolished in
 *                             2021 (REFERENCE.md §12 B5-B6, D1); the Jiangsu in-force date is NOT FOUND, so it is set
 *                             here. A case for a child born on or after it is refused at registration.
 */
@Validated
@ConfigurationProperties(prefix = "app.maintenance-fee")
public record MaintenanceFeeProperties(@NotNull(message = REQUIRED) PartMonthRule partMonthRule,
                                       @NotNull(message = REQUIRED) RoundingMode roundingMode,
                                       @Positive(message = POSITIVE) int statementWorkingDays,
                                       @NotNull(message = REQUIRED) Boolean hearingOffered,
                                       @Positive(message = POSITIVE) int hearingRequestDays,
                                       @Positive(message = POSITIVE) int hearingNoticeDays,
                                       @NotNull(message = REQUIRED) @Positive(message = POSITIVE) Integer maxInstalmentMonths,
                                       @NotNull(message = REQUIRED) java.time.LocalDate abolishedForBirthsFrom) {

    public MaintenanceFeeProperties {
        // Missing keys are left to the constraints above; UNNECESSARY would fail on the first product with 分 and 厘.
        if (roundingMode == RoundingMode.UNNECESSARY) {
            throw new IllegalArgumentException("app.maintenance-fee.rounding-mode must be a rounding mode such as HALF_UP"
                    + " (config/maintenance-fee.yml), not " + roundingMode);
        }
    }

    /** Whether a child born on this date falls after the abolition of the fee (no case may be opened). */
    public boolean abolishedFor(java.time.LocalDate birthDate) {
        return !birthDate.isBefore(abolishedForBirthsFrom);
    }
}
