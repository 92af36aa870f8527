package cn.gov.xinbei.pfp.assistance.process;

import cn.gov.xinbei.pfp.assistance.AssistanceEligibility;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

import java.util.LinkedHashMap;
import java.util.Map;

/** The variables of assistanceEligibility that more than one step reads. */
final class AssistanceVariables {

    private AssistanceVariables() {
    }

    /** The case number is the business key, which no form can change. */
    static String caseNumber(DelegateTask task) {
        return task.getExecution().getProcessBusinessKey();
    }

    static String caseNumber(DelegateExecution execution) {
        return execution.getProcessBusinessKey();
    }

    static Map<String, Object> eligibility(AssistanceEligibility eligibility) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("eligibilityOutcome", eligibility.outcome());
        variables.put("eligibilityLabel", eligibility.label());
        variables.put("eligibilityArticle", eligibility.article());
        variables.put("eligibilityReason", eligibility.reason());
        variables.put("ruleVersion", eligibility.ruleVersion());
        return variables;
    }
}
