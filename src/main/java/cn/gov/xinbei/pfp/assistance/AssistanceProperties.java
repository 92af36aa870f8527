package cn.gov.xinbei.pfp.assistance;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Settings of the assistance schemes ({@code config/assistance.yml}). The values the REFERENCE did not find are here,
 * not in the DMN: {@link #decisionVariables()} hands them to the eligibility decisions as inputs.
 *
 * @param ratesLocation        Spring resource location of the rate table ({@code config/assistance/rates.yml})
 * @param retireeAward         retirement window of the one-off award
 * @param surgeryComplication  default eligibility parameters of the surgery-complication support
 */
@ConfigurationProperties(prefix = "app.assistance")
public record AssistanceProperties(String ratesLocation, RetireeAward retireeAward,
                                   SurgeryComplication surgeryComplication) {

    static final Set<String> CERTIFYING_LEVELS = Set.of("TOWNSHIP", "COUNTY", "CITY", "PROVINCE");
    static final Set<Integer> COMPLICATION_GRADES = Set.of(1, 2, 3);

    public AssistanceProperties {
        if (ratesLocation == null || ratesLocation.isBlank()) {
            throw new IllegalArgumentException("app.assistance.rates-location is missing");
        }
        Objects.requireNonNull(retireeAward, "app.assistance.retiree-award is missing");
        Objects.requireNonNull(surgeryComplication, "app.assistance.surgery-complication is missing");
    }

    /**
     * @param retirementWindowStart first retirement date that qualifies (included)
     * @param retirementWindowEnd   last retirement date that qualifies (included)
     */
    public record RetireeAward(LocalDate retirementWindowStart, LocalDate retirementWindowEnd) {

        public RetireeAward {
            Objects.requireNonNull(retirementWindowStart, "app.assistance.retiree-award.retirement-window-start is missing");
            Objects.requireNonNull(retirementWindowEnd, "app.assistance.retiree-award.retirement-window-end is missing");
            if (retirementWindowEnd.isBefore(retirementWindowStart)) {
                throw new IllegalArgumentException("app.assistance.retiree-award: retirement-window-end "
                        + retirementWindowEnd + " is before retirement-window-start " + retirementWindowStart);
            }
        }
    }

    /**
     * @param acceptedCertifyingLevels levels of the certifying body that count (TOWNSHIP, COUNTY, CITY, PROVINCE)
     * @param acceptedGrades           complication grades that qualify (1..3; each needs an amount GRADE_n)
     */
    public record SurgeryComplication(List<String> acceptedCertifyingLevels, List<Integer> acceptedGrades) {

        public SurgeryComplication {
            if (acceptedCertifyingLevels == null || acceptedCertifyingLevels.isEmpty()
                    || !CERTIFYING_LEVELS.containsAll(acceptedCertifyingLevels)) {
                throw new IllegalArgumentException("app.assistance.surgery-complication.accepted-certifying-levels must "
                        + "be a non-empty subset of " + CERTIFYING_LEVELS + ", is " + acceptedCertifyingLevels);
            }
            if (acceptedGrades == null || acceptedGrades.isEmpty() || !COMPLICATION_GRADES.containsAll(acceptedGrades)) {
                throw new IllegalArgumentException("app.assistance.surgery-complication.accepted-grades must be a "
                        + "non-empty subset of " + COMPLICATION_GRADES + ", is " + acceptedGrades);
            }
            acceptedCertifyingLevels = List.copyOf(acceptedCertifyingLevels);
            acceptedGrades = List.copyOf(acceptedGrades);
        }
    }

    /**
     * The configured inputs of the eligibility decisions, to be added to the case facts before evaluating them:
     * {@code retirementWindowStart}, {@code retirementWindowEnd} (LocalDate), {@code acceptedCertifyingLevels}
     * (list of strings) and {@code acceptedComplicationGrades} (list of integers).
     */
    public Map<String, Object> decisionVariables() {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("retirementWindowStart", retireeAward.retirementWindowStart());
        variables.put("retirementWindowEnd", retireeAward.retirementWindowEnd());
        variables.put("acceptedCertifyingLevels", surgeryComplication.acceptedCertifyingLevels());
        variables.put("acceptedComplicationGrades", surgeryComplication.acceptedGrades());
        return Map.copyOf(variables);
    }
}
