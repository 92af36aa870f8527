package cn.gov.xinbei.pfp.casefile;

import cn.gov.xinbei.pfp.organization.Town;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What every register step does once its feature has written the case file: ties the case to the process instance
 * that was just started, makes the case number the business key, lets the town's clerks and head read the instance
 * in the webapps, and puts the variables every form's header and every Tasklist card shows (case number, title, town,
 * the parties' names).
 */
@Component
public class CaseStart {

    private final CaseAuthorizations caseAuthorizations;

    public CaseStart(CaseAuthorizations caseAuthorizations) {
        this.caseAuthorizations = caseAuthorizations;
    }

    public void started(DelegateExecution execution, CaseFile caseFile, Town town) {
        caseFile.linkProcessInstance(execution.getProcessInstanceId());
        execution.setProcessBusinessKey(caseFile.getCaseNumber());
        caseAuthorizations.grantTownRead(execution.getProcessInstanceId(), town.slug());
        execution.setVariable("caseNumber", caseFile.getCaseNumber());
        execution.setVariable("caseTitle", caseFile.getTitle());
        execution.setVariable("townName", town.name());
        execution.setVariable(PARTY_NAMES, partyNames(caseFile));
    }

    /** The variable with the parties' names (a Tasklist card's 当事人); processes started for a case copy it. */
    public static final String PARTY_NAMES = "partyNames";

    /** The parties' names in the order of their roles, e.g. "王芳、李强"; empty when the case has none yet. */
    public static String partyNames(CaseFile caseFile) {
        return String.join("、", caseFile.getParties().stream().map(CaseParty::getFullName).distinct().toList());
    }
}
