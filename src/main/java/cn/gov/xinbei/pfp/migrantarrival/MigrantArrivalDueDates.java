package cn.gov.xinbei.pfp.migrantarrival;

import cn.gov.xinbei.pfp.calendar.DueDateRule;
import cn.gov.xinbei.pfp.calendar.DueDateRules;
import org.springframework.stereotype.Component;

import java.util.Map;

/** The town's limits (follow-up, checking an HR station's report), for {@code ${dueDates.of(execution, 'migrantArrival.followUp')}}. */
@Component
public class MigrantArrivalDueDates implements DueDateRules {

    private final MigrantArrivalProperties properties;

    public MigrantArrivalDueDates(MigrantArrivalProperties properties) {
        this.properties = properties;
    }

    @Override
    public Map<String, DueDateRule> dueDateRules() {
        return Map.of("migrantArrival.followUp", DueDateRule.workingDays(properties::followUpWorkingDays),
                "migrantArrival.hrReportCheck", DueDateRule.workingDays(properties::hrReportCheckWorkingDays),
                "migrantArrival.admonish", DueDateRule.workingDays(properties::admonishWorkingDays));
    }
}
