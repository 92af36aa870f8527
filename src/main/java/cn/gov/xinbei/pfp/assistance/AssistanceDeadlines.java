package cn.gov.xinbei.pfp.assistance;

import org.springframework.stereotype.Component;

/**
 * The time limits of assistanceEligibility as the due-date strings the working-day business calendar reads
 * ("10 working days", "7 calendar days"). BPMN refers to this bean as {@code assistanceDeadlines}.
 */
@Component("assistanceDeadlines")
public class AssistanceDeadlines {

    private final AssistanceProcessProperties properties;

    public AssistanceDeadlines(AssistanceProcessProperties properties) {
        this.properties = properties;
    }

    public String getVillageReview() { return workingDays(properties.villageReviewWorkingDays()); }
    public String getTownReview() { return workingDays(properties.townReviewWorkingDays()); }
    public String getPoliceCheck() { return workingDays(properties.policeCheckWorkingDays()); }
    public String getHrCheck() { return workingDays(properties.hrCheckWorkingDays()); }
    public String getBureauConfirmation() { return workingDays(properties.bureauConfirmationWorkingDays()); }
    public String getTransfer() { return workingDays(properties.transferWorkingDays()); }
    public String getCredit() { return workingDays(properties.creditWorkingDays()); }
    public String getChange() { return workingDays(properties.changeWorkingDays()); }
    public String getReverification() { return workingDays(properties.reverificationWorkingDays()); }

    /** The public posting (张榜公示) period, in calendar days. */
    public String getPosting() {
        return properties.postingDays() + " calendar days";
    }

    private static String workingDays(int days) {
        return days + " working days";
    }
}
