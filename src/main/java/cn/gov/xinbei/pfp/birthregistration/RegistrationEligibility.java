package cn.gov.xinbei.pfp.birthregistration;

import cn.gov.xinbei.pfp.departmentdata.BirthCheckProperties;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Whether a birth order may be registered, by the registration date and the birth date: the decision table
 * {@code birthRegistrationEligibility} (processes/birth-registration/). Its dates are the registration periods of
 * the births check ({@code app.department-data.birth-check.registration-only}): the period registering up to two
 * children and the one registering up to three, so a registration and the check of the same birth follow one rule.
 */
@Service
public class RegistrationEligibility {

    static final String DECISION = "birthRegistrationEligibility";

    public record Verdict(boolean registrable, String field, String article, String reason) {
    }

    private final DecisionService decisionService;
    private final LocalDate twoChildrenFrom;
    private final LocalDate threeChildrenFrom;

    public RegistrationEligibility(DecisionService decisionService, BirthCheckProperties periods) {
        this.decisionService = decisionService;
        this.twoChildrenFrom = periodFrom(periods, 2);
        this.threeChildrenFrom = periodFrom(periods, 3);
    }

    private static LocalDate periodFrom(BirthCheckProperties periods, int maxBirthOrder) {
        return periods.registrationOnly().stream().filter(p -> p.maxBirthOrder() == maxBirthOrder)
                .map(BirthCheckProperties.Period::from).findFirst()
                .orElseThrow(() -> new IllegalStateException("app.department-data.birth-check.registration-only"
                        + " (config/department-data.yml) has no period with max-birth-order " + maxBirthOrder
                        + "; the birth registration (birthRegistrationEligibility) needs one"));
    }

    /** The variables the decision table reads besides the registration itself. */
    public Map<String, Object> periodVariables() {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("twoChildrenFrom", twoChildrenFrom);
        variables.put("threeChildrenFrom", threeChildrenFrom);
        return variables;
    }

    public Verdict evaluate(LocalDate registrationDate, LocalDate birthDate, int birthOrder) {
        Map<String, Object> variables = periodVariables();
        variables.put("registrationDate", registrationDate);
        variables.put("birthDate", birthDate);
        variables.put("birthOrder", birthOrder);
        DmnDecisionResult result = decisionService.evaluateDecisionByKey(DECISION).variables(variables).evaluate();
        if (result.isEmpty()) {
            // The table ends with a catch-all row; no hit means the rule data itself is broken.
            throw new IllegalStateException("decision " + DECISION + " gave no result");
        }
        DmnDecisionResultEntries entry = result.getFirstResult();
        return new Verdict("REGISTRABLE".equals(entry.getEntry("outcome")), entry.getEntry("field"),
                entry.getEntry("article"), entry.getEntry("reason"));
    }
}
