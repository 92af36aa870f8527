package cn.gov.xinbei.pfp.casefile;

import cn.gov.xinbei.pfp.organization.Organization;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Routing facts for BPMN expressions, read from the case record by business key. Variables can be overwritten by
 * whoever completes a task; the town a task goes to must not be. (The deadline a task carries: {@link CaseDueDates}.)
 */
@Component("caseRouting")
public class CaseRouting {

    private final CaseFileService caseFiles;

    public CaseRouting(CaseFileService caseFiles) {
        this.caseFiles = caseFiles;
    }

    /** The candidate group of the case's town clerks, e.g. {@code chunjiang-clerk}. */
    public String townClerks(DelegateExecution execution) {
        return Organization.group(caseOf(execution).getTownSlug(), Organization.CLERK);
    }

    public CaseFile caseOf(DelegateExecution execution) {
        return caseFiles.byNumber(execution.getProcessBusinessKey());
    }
}
