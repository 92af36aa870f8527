package cn.gov.xinbei.pfp.secondchild.process;

import cn.gov.xinbei.pfp.secondchild.domain.Eligibility;
import cn.gov.xinbei.pfp.secondchild.domain.RequiredDocument;
import cn.gov.xinbei.pfp.shared.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The variables of the second-child process that more than one step reads. */
final class SecondChildVariables {

    private SecondChildVariables() {
    }

    /** The case number is the business key, which no form can change. */
    static String caseNumber(DelegateTask task) {
        return task.getExecution().getProcessBusinessKey();
    }

    static String caseNumber(DelegateExecution execution) {
        return execution.getProcessBusinessKey();
    }

    static Map<String, Object> eligibility(Eligibility eligibility) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("eligibilityOutcome", eligibility.outcome().name());
        variables.put("eligibilityLabel", eligibility.outcome().label());
        variables.put("eligibilityArticle", eligibility.article());
        variables.put("eligibilityReason", eligibility.reason());
        variables.put("ruleVersion", eligibility.ruleVersion());
        return variables;
    }

    static Set<RequiredDocument> documentsOnFile(VariableScope scope) {
        Set<RequiredDocument> onFile = EnumSet.noneOf(RequiredDocument.class);
        for (RequiredDocument document : RequiredDocument.values()) {
            if (Boolean.TRUE.equals(Variables.bool(scope.getVariable(document.variable())))) {
                onFile.add(document);
            }
        }
        return onFile;
    }

}
