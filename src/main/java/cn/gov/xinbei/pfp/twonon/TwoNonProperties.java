package cn.gov.xinbei.pfp.twonon;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Tunables of the 两非 joint case; see config/two-non.yml (app.two-non) for their basis.
 *
 * @param hearingNoticeDays       calendar days between telling the party the hearing's time and place and the hearing
 *                                (《行政处罚法》1996 第四十二条: 7)
 * @param holdLiftReasonMinLength the least number of characters of the reason for lifting a hold
 * @param defaultCaseDays         calendar days for the whole case from acceptance, until a supervisor sets a deadline
 */
@ConfigurationProperties(prefix = "app.two-non")
public record TwoNonProperties(int hearingNoticeDays, int holdLiftReasonMinLength, int defaultCaseDays) {

    public TwoNonProperties {
        if (hearingNoticeDays < 1 || holdLiftReasonMinLength < 1 || defaultCaseDays < 1) {
            throw new IllegalArgumentException("app.two-non: hearing-notice-days, hold-lift-reason-min-length and"
                    + " default-case-days must be at least 1");
        }
    }
}
