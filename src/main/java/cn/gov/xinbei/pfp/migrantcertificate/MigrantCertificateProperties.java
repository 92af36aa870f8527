package cn.gov.xinbei.pfp.migrantcertificate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.LocalDate;

import static cn.gov.xinbei.pfp.shared.configuration.ConfigurationMessages.POSITIVE;
import static cn.gov.xinbei.pfp.shared.configuration.ConfigurationMessages.REQUIRED;

/**
 * Time limit, validity, age range, certificate number and remedies of the 《流动人口婚育证明》; see
 * config/migrant-certificate.yml for what the 条例 gives and what is an assumption.
 */
@Validated
@ConfigurationProperties(prefix = "app.migrant-certificate")
public record MigrantCertificateProperties(@Positive(message = POSITIVE) int issueWorkingDays,
                                           @Positive(message = POSITIVE) int validityYears,
                                           @Positive(message = POSITIVE) int maxApplicantAge,
                                           @NotBlank(message = REQUIRED) String certificateNumberFormat,
                                           @Positive(message = POSITIVE) int reconsiderationDays,
                                           @Positive(message = POSITIVE) int lawsuitMonths,
                                           @Positive(message = POSITIVE) int lawsuitMonthsBefore,
                                           @NotNull(message = REQUIRED) LocalDate lawsuitMonthsFrom,
                                           @NotBlank(message = REQUIRED) String reconsiderationBody,
                                           @NotBlank(message = REQUIRED) String court) {

    public MigrantCertificateProperties {
        if (certificateNumberFormat != null && !certificateNumberFormat.isBlank()
                && (!certificateNumberFormat.contains("%1$d") || !certificateNumberFormat.contains("%2$"))) {
            throw new IllegalArgumentException("certificate-number-format needs the year (%1$d) and the running number"
                    + " (%2$05d) so that numbers are unique (app.migrant-certificate in config/migrant-certificate.yml)");
        }
    }

    /** The months to sue a decision of that day: 行政诉讼法 1989 art. 39 (3) until the 2014 text took effect (6). */
    public int lawsuitMonthsOn(LocalDate decidedOn) {
        return decidedOn.isBefore(lawsuitMonthsFrom) ? lawsuitMonthsBefore : lawsuitMonths;
    }
}
