package cn.gov.xinbei.pfp.birthregistration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import static cn.gov.xinbei.pfp.shared.configuration.ConfigurationMessages.POSITIVE;
import static cn.gov.xinbei.pfp.shared.configuration.ConfigurationMessages.REQUIRED;

/** Time limit, certificate number and remedies of the birth registration; see config/birth-registration.yml. */
@Validated
@ConfigurationProperties(prefix = "app.birth-registration")
public record BirthRegistrationProperties(@Positive(message = POSITIVE) int townDecisionWorkingDays,
                                          @Positive(message = POSITIVE) int maxMonthsBeforeBirth,
                                          @NotBlank(message = REQUIRED) String certificateNumberFormat,
                                          @Positive(message = POSITIVE) int reconsiderationDays,
                                          @Positive(message = POSITIVE) int lawsuitMonths,
                                          @NotBlank(message = REQUIRED) String reconsiderationBody,
                                          @NotBlank(message = REQUIRED) String court) {

    public BirthRegistrationProperties {
        // A missing format is left to @NotBlank; a format without both numbers would repeat certificate numbers.
        if (certificateNumberFormat != null && !certificateNumberFormat.isBlank()
                && (!certificateNumberFormat.contains("%1$d") || !certificateNumberFormat.contains("%2$"))) {
            throw new IllegalArgumentException("certificate-number-format needs the year (%1$d) and the running number"
                    + " (%2$05d) so that numbers are unique (app.birth-registration in config/birth-registration.yml)");
        }
    }
}
