package cn.gov.xinbei.pfp.secondchild;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Time limits and document settings of the second-child approval; see config/second-child.yml for their basis. */
@ConfigurationProperties(prefix = "app.second-child")
public record SecondChildProperties(int acceptanceWorkingDays, int townReviewWorkingDays, int hukouProofWorkingDays,
                                    int decisionWorkingDays, int extensionWorkingDays, int certificateWorkingDays,
                                    int correctionResponseDays, int postingDays, int postingTaskWorkingDays, int reconsiderationDays,
                                    int lawsuitMonths, String certificateNumberFormat,
                                    String reconsiderationBodies, String court) {
}
