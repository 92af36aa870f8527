package cn.gov.xinbei.pfp.secondchild;

import cn.gov.xinbei.pfp.calendar.DueDateRule;
import cn.gov.xinbei.pfp.calendar.DueDateRules;
import org.springframework.stereotype.Component;

import java.util.Map;

import static cn.gov.xinbei.pfp.calendar.DueDateRule.calendarDays;
import static cn.gov.xinbei.pfp.calendar.DueDateRule.workingDays;

/**
 * The relative time limits of secondChildApproval from config/second-child.yml, for
 * {@code ${dueDates.of(execution, 'secondChild.…')}}. The steps that run against the case's statutory deadline
 * (town review, decision, extension, certificate) use {@code case.deadline}.
 */
@Component
public class SecondChildDueDates implements DueDateRules {

    private final SecondChildProperties properties;

    public SecondChildDueDates(SecondChildProperties properties) {
        this.properties = properties;
    }

    @Override
    public Map<String, DueDateRule> dueDateRules() {
        return Map.of(
                "secondChild.acceptance", workingDays(properties::acceptanceWorkingDays),
                "secondChild.hukouProof", workingDays(properties::hukouProofWorkingDays),
                // 行政许可法 art. 44; serving a refusal too, which the law wants as prompt as a licence.
                "secondChild.certificate", workingDays(properties::certificateWorkingDays),
                "secondChild.postingTask", workingDays(properties::postingTaskWorkingDays),
                "secondChild.correctionResponse", calendarDays(properties::correctionResponseDays),
                "secondChild.posting", calendarDays(properties::postingDays));
    }
}
