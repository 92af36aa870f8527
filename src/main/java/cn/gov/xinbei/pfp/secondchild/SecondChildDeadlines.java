package cn.gov.xinbei.pfp.secondchild;

import org.springframework.stereotype.Component;

/**
 * The relative time limits of the process, as the due-date strings the working-day business calendar reads
 * ("5 working days"). BPMN refers to this bean as {@code secondChildDeadlines}, so the limits stay in configuration.
 */
@Component("secondChildDeadlines")
public class SecondChildDeadlines {

    private final SecondChildProperties properties;

    public SecondChildDeadlines(SecondChildProperties properties) {
        this.properties = properties;
    }

    public String getAcceptance() {
        return workingDays(properties.acceptanceWorkingDays());
    }

    public String getHukouProof() {
        return workingDays(properties.hukouProofWorkingDays());
    }

    /** 行政许可法 art. 44; used for serving a refusal too, which the law wants as prompt as a licence. */
    public String getCertificate() {
        return workingDays(properties.certificateWorkingDays());
    }

    public String getPostingTask() {
        return workingDays(properties.postingTaskWorkingDays());
    }

    public String getCorrectionResponse() {
        return calendarDays(properties.correctionResponseDays());
    }

    public String getPosting() {
        return calendarDays(properties.postingDays());
    }

    private static String workingDays(int days) {
        return days + " working days";
    }

    private static String calendarDays(int days) {
        return days + " calendar days";
    }
}
