package cn.gov.xinbei.pfp.secondchild.eligibility;

import cn.gov.xinbei.pfp.testing.DmnFiles;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.engine.variable.Variables;

/** Loads the second-child DMN files from the classpath and evaluates them with the standalone DMN engine. */
final class EligibilityDmn {

    static final String VERSION_RESOURCE = "processes/second-child/second-child-rule-version.dmn";
    static final String JS2004_RESOURCE = "processes/second-child/second-child-eligibility-js2004.dmn";
    static final String VERSION_DECISION = "secondChildRuleVersion";
    static final String JS2004_DECISION = "secondChildEligibility_js2004";

    static final String REGULATION = "《江苏省人口与计划生育条例》（2004年修正）";

    private static final DmnDecision JS2004 = parse(JS2004_RESOURCE, JS2004_DECISION);
    private static final DmnDecision VERSION = parse(VERSION_RESOURCE, VERSION_DECISION);

    private EligibilityDmn() {
    }

    record Verdict(String outcome, String article, String reason) {
    }

    static Verdict evaluate(Family family) {
        List<Map<String, Object>> results = DmnFiles.evaluate(JS2004, Variables.fromMap(family.toVariables()))
                .getResultList();
        assertThat(results).as("hit policy FIRST must always give exactly one row for %s", family).hasSize(1);
        Map<String, Object> row = results.get(0);
        return new Verdict((String) row.get("outcome"), (String) row.get("article"), (String) row.get("reason"));
    }

    /** Result rows of the version table; empty when no version is configured for the date. */
    static List<Map<String, Object>> ruleVersionFor(Object applicationDate) {
        return DmnFiles.evaluate(VERSION, Variables.createVariables().putValue("applicationDate", applicationDate))
                .getResultList();
    }

    static InputStream open(String resource) {
        return DmnFiles.open(resource);
    }

    private static DmnDecision parse(String resource, String decisionKey) {
        return DmnFiles.parse(resource, decisionKey);
    }
}
