package cn.gov.xinbei.pfp.assistance;

import cn.gov.xinbei.pfp.assistance.domain.AssistanceScheme;
import cn.gov.xinbei.pfp.assistance.domain.AssistanceSubType;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Evaluates a scheme's eligibility rules in force on the application date: first the version table
 * (assistanceRuleVersion, by scheme and date), then the decision it names, with the configured inputs of
 * {@link AssistanceProperties#decisionVariables()} added to the case facts.
 */
@Service
public class AssistanceEligibilityService {

    static final String VERSION_DECISION = "assistanceRuleVersion";

    private final DecisionService decisionService;
    private final AssistanceProperties properties;

    public AssistanceEligibilityService(DecisionService decisionService, AssistanceProperties properties) {
        this.decisionService = decisionService;
        this.properties = properties;
    }

    public AssistanceEligibility evaluate(AssistanceScheme scheme, LocalDate applicationDate, Map<String, Object> facts) {
        DmnDecisionResult version = decisionService.evaluateDecisionByKey(VERSION_DECISION)
                .variables(Map.of("scheme", scheme.name(), "applicationDate", applicationDate))
                .evaluate();
        if (version.isEmpty()) {
            throw new InvalidInputException("applicationDate", "申请日期" + applicationDate + "不在"
                    + scheme.chineseName() + "已配置的规则版本有效期内，无法判定是否符合条件");
        }
        DmnDecisionResultEntries versionEntry = version.getSingleResult();
        String decisionKey = versionEntry.getEntry("eligibilityDecisionKey");
        String versionName = versionEntry.getEntry("ruleVersionName");
        Map<String, Object> variables = new HashMap<>(facts);
        variables.putAll(properties.decisionVariables());
        DmnDecisionResult result = decisionService.evaluateDecisionByKey(decisionKey).variables(variables).evaluate();
        if (result.isEmpty()) {
            throw new IllegalStateException("eligibility decision " + decisionKey + " gave no result");
        }
        DmnDecisionResultEntries entry = result.getFirstResult();
        String subType = entry.getEntry("subType");
        return new AssistanceEligibility(entry.getEntry("outcome"), entry.getEntry("article"), entry.getEntry("reason"),
                subType == null ? null : AssistanceSubType.valueOf(subType), versionName);
    }
}
