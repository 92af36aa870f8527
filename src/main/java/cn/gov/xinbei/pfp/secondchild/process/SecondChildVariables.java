package cn.gov.xinbei.pfp.secondchild.process;

import cn.gov.xinbei.pfp.secondchild.domain.ConditionCode;
import cn.gov.xinbei.pfp.secondchild.domain.Eligibility;
import cn.gov.xinbei.pfp.secondchild.domain.EligibilityFacts;
import cn.gov.xinbei.pfp.secondchild.domain.RequiredDocument;
import cn.gov.xinbei.pfp.shared.process.Variables;
import org.camunda.bpm.engine.delegate.VariableScope;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The variables of the second-child process that more than one step reads. */
final class SecondChildVariables {

    private SecondChildVariables() {
    }

    static String caseNumber(VariableScope scope) {
        return (String) scope.getVariable("caseNumber");
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

    static ConditionCode condition(VariableScope scope) {
        return ConditionCode.valueOf((String) scope.getVariable("conditionCode"));
    }

    static int childrenTogether(VariableScope scope) {
        return ((Number) scope.getVariable("childrenTogether")).intValue();
    }

    static Map<String, Object> registeredFacts(VariableScope scope) {
        Map<String, Object> facts = new LinkedHashMap<>();
        EligibilityFacts.NAMES.forEach(name -> facts.put(name, scope.getVariable(name)));
        return facts;
    }
}
