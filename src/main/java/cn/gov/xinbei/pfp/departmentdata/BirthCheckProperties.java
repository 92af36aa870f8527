package cn.gov.xinbei.pfp.departmentdata;

import cn.gov.xinbei.pfp.departmentdata.domain.BirthMatching;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.LocalDate;
import java.util.List;

/**
 * Which births needed only registration (生育登记), by birth date ({@code app.department-data.birth-check} in
 * config/department-data.yml). The cut-off of 社会抚养费 is the fee's own setting (config/maintenance-fee.yml).
 * Missing or unordered periods stop start-up.
 */
@ConfigurationProperties(prefix = "app.department-data.birth-check")
public record BirthCheckProperties(List<Period> registrationOnly) {

    /** @param from first birth date of the period; @param maxBirthOrder highest birth order registered, not approved */
    public record Period(LocalDate from, int maxBirthOrder) {
    }

    public BirthCheckProperties {
        if (registrationOnly == null || registrationOnly.isEmpty()) {
            throw new IllegalArgumentException("app.department-data.birth-check.registration-only is missing"
                    + " (config/department-data.yml)");
        }
        LocalDate previous = null;
        for (Period period : registrationOnly) {
            if (period.from() == null || period.maxBirthOrder() < 1) {
                throw new IllegalArgumentException("app.department-data.birth-check.registration-only: each period needs"
                        + " from (yyyy-MM-dd) and max-birth-order of at least 1 (config/department-data.yml)");
            }
            if (previous != null && !period.from().isAfter(previous)) {
                throw new IllegalArgumentException("app.department-data.birth-check.registration-only: list the periods"
                        + " in date order (config/department-data.yml)");
            }
            previous = period.from();
        }
        registrationOnly = List.copyOf(registrationOnly);
    }

    public BirthMatching.Rules rules(LocalDate feeAbolishedFrom) {
        return new BirthMatching.Rules(registrationOnly.stream()
                .map(p -> new BirthMatching.RegistrationPeriod(p.from(), p.maxBirthOrder())).toList(), feeAbolishedFrom);
    }
}
