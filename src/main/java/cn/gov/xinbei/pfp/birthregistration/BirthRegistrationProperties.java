package cn.gov.xinbei.pfp.birthregistration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Time limit, certificate number and remedies of the birth registration; see config/birth-registration.yml. */
@ConfigurationProperties(prefix = "app.birth-registration")
public record BirthRegistrationProperties(int townDecisionWorkingDays, int maxMonthsBeforeBirth,
                                          String certificateNumberFormat, int reconsiderationDays, int lawsuitMonths,
                                          String reconsiderationBody, String court) {

    public BirthRegistrationProperties {
        String where = " (app.birth-registration in config/birth-registration.yml)";
        if (townDecisionWorkingDays < 1 || maxMonthsBeforeBirth < 1 || reconsiderationDays < 1 || lawsuitMonths < 1) {
            throw new IllegalArgumentException("time limits must be at least 1" + where);
        }
        if (certificateNumberFormat == null || !certificateNumberFormat.contains("%1$d")
                || !certificateNumberFormat.contains("%2$")) {
            throw new IllegalArgumentException("certificate-number-format needs the year (%1$d) and the running number"
                    + " (%2$05d) so that numbers are unique" + where);
        }
        if (reconsiderationBody == null || reconsiderationBody.isBlank() || court == null || court.isBlank()) {
            throw new IllegalArgumentException("reconsideration-body and court are required" + where);
        }
    }
}
