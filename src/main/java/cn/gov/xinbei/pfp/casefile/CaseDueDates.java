package cn.gov.xinbei.pfp.casefile;

import cn.gov.xinbei.pfp.calendar.DueDateRule;
import cn.gov.xinbei.pfp.calendar.DueDateRules;
import cn.gov.xinbei.pfp.calendar.RecentPeriods;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * {@code ${dueDates.of(execution, 'case.deadline')}}: the case's current legal deadline (case_file.due_on), read from
 * the case record by business key, never from variables that whoever completes a task could overwrite. The services
 * count it when the case reaches a step (e.g. 20 working days for the town's review) and an extension moves it.
 */
@Component
public class CaseDueDates implements DueDateRules {

    private final CaseFileService caseFiles;
    private final RecentPeriods recentPeriods;

    public CaseDueDates(CaseFileService caseFiles, RecentPeriods recentPeriods) {
        this.caseFiles = caseFiles;
        this.recentPeriods = recentPeriods;
    }

    @Override
    public Map<String, DueDateRule> dueDateRules() {
        return Map.of("case.deadline", (execution, dueDates) -> {
            CaseFile caseFile = caseFiles.byNumber(execution.getProcessBusinessKey());
            if (caseFile.getDueOn() == null) {
                throw new IllegalStateException("case " + caseFile.getCaseNumber() + " has no deadline at this step");
            }
            // The task or timer that takes this date stores what it was counted from.
            caseFile.dueBasis().ifPresent(basis -> recentPeriods.remember(basis, caseFile.getDueOn()));
            return dueDates.endOf(caseFile.getDueOn());
        });
    }
}
