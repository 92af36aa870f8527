package cn.gov.xinbei.pfp.supervision;

import cn.gov.xinbei.pfp.calendar.DueDateRule;
import cn.gov.xinbei.pfp.calendar.DueDateRules;
import org.springframework.stereotype.Component;

import java.util.Map;

/** The answer's time limit from config/supervision.yml, for {@code ${dueDates.of(execution, 'supervision.answer')}}. */
@Component
public class SupervisionDueDates implements DueDateRules {

    private final SupervisionProperties properties;

    public SupervisionDueDates(SupervisionProperties properties) {
        this.properties = properties;
    }

    @Override
    public Map<String, DueDateRule> dueDateRules() {
        return Map.of("supervision.answer", DueDateRule.workingDays(properties::answerWorkingDays));
    }
}
