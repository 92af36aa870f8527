package cn.gov.xinbei.pfp.maintenancefee;

import cn.gov.xinbei.pfp.maintenancefee.domain.PartMonthRule;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.math.RoundingMode;

/**
 * The tunables of the fee calculation ({@code config/maintenance-fee.yml}); see that file for why each default was
 * chosen. Missing or impossible values stop start-up.
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
@ConfigurationProperties(prefix = "app.maintenance-fee")
public record MaintenanceFeeProperties(PartMonthRule partMonthRule, RoundingMode roundingMode,
                                       int statementWorkingDays, boolean hearingOffered, int hearingRequestDays,
                                       int hearingNoticeDays, Integer maxInstalmentMonths,
                                       java.time.LocalDate abolishedForBirthsFrom) {

    public MaintenanceFeeProperties {
        if (partMonthRule == null) {
            throw new IllegalArgumentException("app.maintenance-fee.part-month-rule is missing (config/maintenance-fee.yml)");
        }
        if (roundingMode == null || roundingMode == RoundingMode.UNNECESSARY) {
            throw new IllegalArgumentException("app.maintenance-fee.rounding-mode must be a rounding mode such as HALF_UP"
                    + " (config/maintenance-fee.yml), not " + roundingMode);
        }
        if (statementWorkingDays < 1) {
            throw new IllegalArgumentException("app.maintenance-fee.statement-working-days must be at least 1, not "
                    + statementWorkingDays + " (config/maintenance-fee.yml)");
        }
        if (maxInstalmentMonths == null || maxInstalmentMonths < 1) {
            throw new IllegalArgumentException("app.maintenance-fee.max-instalment-months must be at least 1, not "
                    + maxInstalmentMonths + " (config/maintenance-fee.yml)");
        }
        if (abolishedForBirthsFrom == null) {
            throw new IllegalArgumentException("app.maintenance-fee.abolished-for-births-from (yyyy-MM-dd) is missing"
                    + " (config/maintenance-fee.yml)");
        }
        if (hearingOffered && (hearingRequestDays < 1 || hearingNoticeDays < 1)) {
            throw new IllegalArgumentException("app.maintenance-fee.hearing-request-days and hearing-notice-days must be"
                    + " at least 1 when hearings are offered (config/maintenance-fee.yml)");
        }
    }

    /** Whether a child born on this date falls after the abolition of the fee (no case may be opened). */
    public boolean abolishedFor(java.time.LocalDate birthDate) {
        return !birthDate.isBefore(abolishedForBirthsFrom);
    }
}
