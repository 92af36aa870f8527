package cn.gov.xinbei.pfp.casefile;

import cn.gov.xinbei.pfp.organization.Organization;
import cn.gov.xinbei.pfp.calendar.DeadlineCalculator;
import cn.gov.xinbei.pfp.calendar.RecentPeriods;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import java.util.Date;

/**
 * Routing facts for BPMN expressions, read from the case record by business key. Variables can be overwritten by
 * whoever completes a task; the town a task goes to and the deadline it carries must not be.
 */
@Component("caseRouting")
public class CaseRouting {

    private final CaseFileService caseFiles;
    private final DeadlineCalculator deadlines;
    private final RecentPeriods recentPeriods;

    public CaseRouting(CaseFileService caseFiles, DeadlineCalculator deadlines, RecentPeriods recentPeriods) {
        this.caseFiles = caseFiles;
        this.deadlines = deadlines;
        this.recentPeriods = recentPeriods;
    }

    /** The candidate group of the case's town clerks, e.g. {@code chunjiang-clerk}. */
    public String townClerks(DelegateExecution execution) {
        return Organization.group(caseOf(execution).getTownSlug(), Organization.CLERK);
    }

    /** The end of the case's current legal deadline day, in China time. */
    public Date due(DelegateExecution execution) {
        CaseFile caseFile = caseOf(execution);
        if (caseFile.getDueOn() == null) {
            throw new IllegalStateException("case " + caseFile.getCaseNumber() + " has no deadline at this step");
        }
        // The task or timer that takes this date stores what it was counted from.
        caseFile.dueBasis().ifPresent(basis -> recentPeriods.remember(basis, caseFile.getDueOn()));
        return deadlines.endOfDay(caseFile.getDueOn());
    }

    public CaseFile caseOf(DelegateExecution execution) {
        return caseFiles.byNumber(execution.getProcessBusinessKey());
    }
}
