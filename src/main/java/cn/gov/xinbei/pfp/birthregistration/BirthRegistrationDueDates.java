package cn.gov.xinbei.pfp.birthregistration;

import cn.gov.xinbei.pfp.calendar.DueDateRule;
import cn.gov.xinbei.pfp.calendar.DueDateRules;
import org.springframework.stereotype.Component;

import java.util.Map;

/** The town's time limit from config/birth-registration.yml, for {@code ${dueDates.of(execution, 'birthRegistration.townDecision')}}. */
@Component
public class BirthRegistrationDueDates implements DueDateRules {

    private final BirthRegistrationProperties properties;

    public BirthRegistrationDueDates(BirthRegistrationProperties properties) {
        this.properties = properties;
    }

    @Override
    public Map<String, DueDateRule> dueDateRules() {
        return Map.of("birthRegistration.townDecision", DueDateRule.workingDays(properties::townDecisionWorkingDays));
    }
}
