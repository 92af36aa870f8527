package cn.gov.xinbei.pfp.secondchild;

import cn.gov.xinbei.pfp.secondchild.domain.Eligibility;
import cn.gov.xinbei.pfp.secondchild.domain.EligibilityOutcome;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Evaluates the eligibility rules in force on the application date. Which rule version is in force is itself a
 * decision table (secondChildRuleVersion), so a new version of the regulation is a new DMN file and a new row,
 * not a code change. The versions whose start the reference does not give read their start date and switch from
 * {@link RuleVersionProperties} (config/second-child.yml), passed to the table as variables.
 */
@Service
public class EligibilityService {

    static final String VERSION_DECISION = "secondChildRuleVersion";

    private final DecisionService decisionService;
    private final RuleVersionProperties ruleVersions;

    public EligibilityService(DecisionService decisionService, RuleVersionProperties ruleVersions) {
        this.decisionService = decisionService;
        this.ruleVersions = ruleVersions;
    }

    public Eligibility evaluate(Map<String, Object> facts, LocalDate applicationDate) {
        Map<String, Object> versionInputs = new HashMap<>(ruleVersions.variables());
        versionInputs.put("applicationDate", applicationDate);
        DmnDecisionResult version = decisionService.evaluateDecisionByKey(VERSION_DECISION)
                .variables(versionInputs)
                .evaluate();
        if (version.isEmpty()) {
            throw new InvalidInputException("applicationDate", "申请日期" + applicationDate
                    + "没有可适用的生育审批规则版本（不在已配置的规则版本有效期内，或该期间的规则版本已停用），无法判定是否符合条件，"
                    + "请联系系统管理员");
        }
        DmnDecisionResultEntries versionEntry = version.getSingleResult();
        String decisionKey = versionEntry.getEntry("eligibilityDecisionKey");
        String versionName = versionEntry.getEntry("ruleVersionName");
        DmnDecisionResult result = decisionService.evaluateDecisionByKey(decisionKey).variables(facts).evaluate();
        if (result.isEmpty()) {
            // The tables end with a catch-all row; no hit means the rule data itself is broken.
            throw new IllegalStateException("eligibility decision " + decisionKey + " gave no result");
        }
        DmnDecisionResultEntries entry = result.getFirstResult();
        return new Eligibility(EligibilityOutcome.valueOf(entry.getEntry("outcome")), entry.getEntry("article"),
                entry.getEntry("reason"), versionName);
    }
}
