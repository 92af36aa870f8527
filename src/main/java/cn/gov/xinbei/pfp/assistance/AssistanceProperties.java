package cn.gov.xinbei.pfp.assistance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.gov.xinbei.pfp.shared.configuration.ConfigurationMessages.NOT_EMPTY;
import static cn.gov.xinbei.pfp.shared.configuration.ConfigurationMessages.REQUIRED;

/**
 * Settings of the assistance schemes ({@code config/assistance.yml}). The values the REFERENCE did not find are here,
 * not in the DMN: {@link #decisionVariables()} hands them to the eligibility decisions as inputs.
 *
 * @param ratesLocation        Spring resource location of the rate table ({@code config/assistance/rates.yml})
 * @param retireeAward         retirement window of the one-off award
 * @param surgeryComplication  default eligibility parameters of the surgery-complication support
 */
@Validated
@ConfigurationProperties(prefix = "app.assistance")
public record AssistanceProperties(@NotBlank(message = REQUIRED) String ratesLocation,
                                   @NotNull(message = REQUIRED) @Valid RetireeAward retireeAward,
                                   @NotNull(message = REQUIRED) @Valid SurgeryComplication surgeryComplication) {

    static final Set<String> CERTIFYING_LEVELS = Set.of("TOWNSHIP", "COUNTY", "CITY", "PROVINCE");
    static final Set<Integer> COMPLICATION_GRADES = Set.of(1, 2, 3);

    /**
     * @param retirementWindowStart first retirement date that qualifies (included)
     * @param retirementWindowEnd   last retirement date that qualifies (included)
     */
    public record RetireeAward(@NotNull(message = REQUIRED) LocalDate retirementWindowStart,
                               @NotNull(message = REQUIRED) LocalDate retirementWindowEnd) {

        public RetireeAward {
            if (retirementWindowStart != null && retirementWindowEnd != null
                    && retirementWindowEnd.isBefore(retirementWindowStart)) {
                throw new IllegalArgumentException("app.assistance.retiree-award: retirement-window-end "
                        + retirementWindowEnd + " is before retirement-window-start " + retirementWindowStart);
            }
        }
    }

    /**
     * @param acceptedCertifyingLevels levels of the certifying body that count (TOWNSHIP, COUNTY, CITY, PROVINCE)
     * @param acceptedGrades           complication grades that qualify (1..3; each needs an amount GRADE_n)
     */
    public record SurgeryComplication(@NotEmpty(message = NOT_EMPTY) List<String> acceptedCertifyingLevels,
                                      @NotEmpty(message = NOT_EMPTY) List<Integer> acceptedGrades) {

        public SurgeryComplication {
            acceptedCertifyingLevels = acceptedCertifyingLevels == null ? List.of() : acceptedCertifyingLevels;
            acceptedGrades = acceptedGrades == null ? List.of() : acceptedGrades;
            if (!CERTIFYING_LEVELS.containsAll(acceptedCertifyingLevels)) {
                throw new IllegalArgumentException("app.assistance.surgery-complication.accepted-certifying-levels must "
                        + "be a subset of " + CERTIFYING_LEVELS + ", is " + acceptedCertifyingLevels);
            }
            if (!COMPLICATION_GRADES.containsAll(acceptedGrades)) {
                throw new IllegalArgumentException("app.assistance.surgery-complication.accepted-grades must be a "
                        + "subset of " + COMPLICATION_GRADES + ", is " + acceptedGrades);
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
