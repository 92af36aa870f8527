package cn.gov.xinbei.pfp.assistance.eligibility;

import cn.gov.xinbei.pfp.testing.DmnFiles;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.engine.variable.Variables;

/** Loads the assistance DMN files from the classpath and evaluates them with the standalone DMN engine. */
final class AssistanceDmn {

    static final String VERSION_RESOURCE = "processes/assistance/assistance-rule-version.dmn";
    static final String RURAL_RESOURCE = "processes/assistance/rural-award-eligibility-2004.dmn";
    static final String SPECIAL_RESOURCE = "processes/assistance/special-support-eligibility-2007.dmn";
    static final String SURGERY_RESOURCE = "processes/assistance/surgery-complication-eligibility.dmn";
    static final String RETIREE_RESOURCE = "processes/assistance/retiree-one-off-award-eligibility.dmn";

    static final String VERSION_DECISION = "assistanceRuleVersion";
    static final String RURAL_DECISION = "ruralAwardEligibility_2004";
    static final String SPECIAL_DECISION = "specialSupportEligibility_2007";
    static final String SURGERY_DECISION = "surgeryComplicationEligibility";
    static final String RETIREE_DECISION = "retireeOneOffAwardEligibility";

    /** Eligibility decision key → file. */
    static final Map<String, String> ELIGIBILITY_FILES = Map.of(
            RURAL_DECISION, RURAL_RESOURCE,
            SPECIAL_DECISION, SPECIAL_RESOURCE,
            SURGERY_DECISION, SURGERY_RESOURCE,
            RETIREE_DECISION, RETIREE_RESOURCE);

    static final String ELIGIBLE = "ELIGIBLE";
    static final String INELIGIBLE = "INELIGIBLE";
    static final String NEEDS_CONFIRMATION = "NEEDS_CONFIRMATION";

    private static final DmnDecision VERSION = parse(VERSION_RESOURCE, VERSION_DECISION);
    private static final Map<String, DmnDecision> DECISIONS = Map.of(
            RURAL_DECISION, parse(RURAL_RESOURCE, RURAL_DECISION),
            SPECIAL_DECISION, parse(SPECIAL_RESOURCE, SPECIAL_DECISION),
            SURGERY_DECISION, parse(SURGERY_RESOURCE, SURGERY_DECISION),
            RETIREE_DECISION, parse(RETIREE_RESOURCE, RETIREE_DECISION));

    private AssistanceDmn() {
    }

    record Verdict(String outcome, String article, String reason, String subType) {
    }

    /** Evaluates one eligibility decision; hit policy FIRST with a catch-all must always give exactly one row. */
    static Verdict evaluate(String decisionKey, Map<String, Object> variables) {
        List<Map<String, Object>> results = DmnFiles.evaluate(DECISIONS.get(decisionKey), Variables.fromMap(variables))
                .getResultList();
        assertThat(results).as("exactly one row of %s for %s", decisionKey, variables).hasSize(1);
        Map<String, Object> row = results.get(0);
        return new Verdict((String) row.get("outcome"), (String) row.get("article"), (String) row.get("reason"),
                (String) row.get("subType"));
    }

    /** Result rows of the version table; empty when no version is configured. */
    static List<Map<String, Object>> ruleVersionFor(String scheme, Object applicationDate) {
        return DmnFiles.evaluate(VERSION, Variables.createVariables()
                        .putValue("scheme", scheme)
                        .putValue("applicationDate", applicationDate))
                .getResultList();
    }

    static InputStream open(String resource) {
        return DmnFiles.open(resource);
    }

    private static DmnDecision parse(String resource, String decisionKey) {
        return DmnFiles.parse(resource, decisionKey);
    }
}
