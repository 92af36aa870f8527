package cn.gov.xinbei.pfp.departmentdata;

import cn.gov.xinbei.pfp.departmentdata.domain.BirthMatching;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.LocalDate;
import java.util.List;

import static cn.gov.xinbei.pfp.shared.configuration.ConfigurationMessages.NOT_EMPTY;
import static cn.gov.xinbei.pfp.shared.configuration.ConfigurationMessages.POSITIVE;
import static cn.gov.xinbei.pfp.shared.configuration.ConfigurationMessages.REQUIRED;

/**
 * Which births needed only registration (生育登记), by birth date ({@code app.department-data.birth-check} in
 * config/department-data.yml). The cut-off of 社会抚养费 is the fee's own setting (config/maintenance-fee.yml).
 * Missing or unordered periods stop start-up.
 */
@Validated
@ConfigurationProperties(prefix = "app.department-data.birth-check")
public record BirthCheckProperties(@NotEmpty(message = NOT_EMPTY) List<@Valid Period> registrationOnly) {

    /** @param from first birth date of the period; @param maxBirthOrder highest birth order registered, not approved */
    public record Period(@NotNull(message = REQUIRED) LocalDate from, @Positive(message = POSITIVE) int maxBirthOrder) {
    }

    public BirthCheckProperties {
        registrationOnly = registrationOnly == null ? List.of() : registrationOnly;
        LocalDate previous = null;
        for (Period period : registrationOnly) {
            if (period == null || period.from() == null) {
                continue; // left to the constraints
            }
            if (previous != null && !period.from().isAfter(previous)) {
                throw new IllegalArgumentException("app.department-data.birth-check.registration-only: list the periods"
                        + " in date order (config/department-data.yml)");
            }
            previous = period.from();
        }
        registrationOnly = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(registrationOnly));
    }

    public BirthMatching.Rules rules(LocalDate feeAbolishedFrom) {
        return new BirthMatching.Rules(registrationOnly.stream()
                .map(p -> new BirthMatching.RegistrationPeriod(p.from(), p.maxBirthOrder())).toList(), feeAbolishedFrom);
    }
}
