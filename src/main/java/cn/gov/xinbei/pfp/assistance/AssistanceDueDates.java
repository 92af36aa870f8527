package cn.gov.xinbei.pfp.assistance;

import cn.gov.xinbei.pfp.calendar.DueDateRule;
import cn.gov.xinbei.pfp.calendar.DueDateRules;
import org.springframework.stereotype.Component;

import java.util.Map;

import static cn.gov.xinbei.pfp.calendar.DueDateRule.calendarDays;
import static cn.gov.xinbei.pfp.calendar.DueDateRule.workingDays;

/**
 * The time limits of the assistance processes from config/assistance.yml, for
 * {@code ${dueDates.of(execution, 'assistance.…')}}.
 */
@Component
public class AssistanceDueDates implements DueDateRules {

    private final AssistanceProcessProperties properties;

    public AssistanceDueDates(AssistanceProcessProperties properties) {
        this.properties = properties;
    }

    @Override
    public Map<String, DueDateRule> dueDateRules() {
        return Map.of(
                "assistance.villageReview", workingDays(properties::villageReviewWorkingDays),
                "assistance.townReview", workingDays(properties::townReviewWorkingDays),
                "assistance.policeCheck", workingDays(properties::policeCheckWorkingDays),
                "assistance.hrCheck", workingDays(properties::hrCheckWorkingDays),
                "assistance.bureauConfirmation", workingDays(properties::bureauConfirmationWorkingDays),
                "assistance.transfer", workingDays(properties::transferWorkingDays),
                "assistance.credit", workingDays(properties::creditWorkingDays),
                "assistance.change", workingDays(properties::changeWorkingDays),
                "assistance.reverification", workingDays(properties::reverificationWorkingDays),
                // The public posting (张榜公示) period.
                "assistance.posting", calendarDays(properties::postingDays));
    }
}
