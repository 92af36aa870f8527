package cn.gov.xinbei.pfp.assistance;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Time limits of the process assistanceEligibility; see config/assistance.yml (app.assistance-process) for their basis. */
@ConfigurationProperties(prefix = "app.assistance-process")
public record AssistanceProcessProperties(int villageReviewWorkingDays, int townReviewWorkingDays, int postingDays,
                                          int policeCheckWorkingDays, int hrCheckWorkingDays,
                                          int bureauConfirmationWorkingDays, int transferWorkingDays,
                                          int creditWorkingDays, int changeWorkingDays,
                                          int reverificationWorkingDays, int reverificationBatchSize) {

    public AssistanceProcessProperties {
        if (postingDays < 1 || villageReviewWorkingDays < 1 || townReviewWorkingDays < 1 || policeCheckWorkingDays < 1
                || hrCheckWorkingDays < 1 || bureauConfirmationWorkingDays < 1 || transferWorkingDays < 1
                || creditWorkingDays < 1 || changeWorkingDays < 1
                || reverificationWorkingDays < 1 || reverificationBatchSize < 1) {
            throw new IllegalArgumentException("app.assistance-process: every time limit must be at least 1 day");
        }
    }
}
