package cn.gov.xinbei.pfp.secondchild.eligibility;

import cn.gov.xinbei.pfp.secondchild.RuleVersionProperties;
import cn.gov.xinbei.pfp.testing.DmnFiles;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** Loads the second-child DMN files from the classpath and evaluates them with the standalone DMN engine. */
final class EligibilityDmn {

    static final String VERSION_RESOURCE = "processes/second-child/second-child-rule-version.dmn";
    static final String JS2004_RESOURCE = "processes/second-child/second-child-eligibility-js2004.dmn";
    static final String JS2014_RESOURCE = "processes/second-child/second-child-eligibility-js2014.dmn";
    static final String JS2016_RESOURCE = "processes/second-child/second-child-eligibility-js2016.dmn";
    static final String JS2021_RESOURCE = "processes/second-child/second-child-eligibility-js2021.dmn";
    static final String VERSION_DECISION = "secondChildRuleVersion";
    static final String JS2004_DECISION = "secondChildEligibility_js2004";
    static final String JS2014_DECISION = "secondChildEligibility_js2014";
    static final String JS2016_DECISION = "secondChildEligibility_js2016";
    static final String JS2021_DECISION = "secondChildEligibility_js2021";

    static final String REGULATION = "《江苏省人口与计划生育条例》（2004年修正）";
    static final String REGULATION_2014 = "《江苏省人口与计划生育条例》（2014年修正）";

    /** The ids of the rows that matched in the last evaluation on this thread. */
    private static final ThreadLocal<List<String>> MATCHED = ThreadLocal.withInitial(ArrayList::new);
    private static final DmnEngine ENGINE = engineRecordingMatchedRows();

    static final DmnDecision JS2004 = parse(JS2004_RESOURCE, JS2004_DECISION);
    private static final DmnDecision VERSION = parse(VERSION_RESOURCE, VERSION_DECISION);
    static final DmnDecision JS2014 = parse(JS2014_RESOURCE, JS2014_DECISION);
    static final DmnDecision JS2016 = parse(JS2016_RESOURCE, JS2016_DECISION);
    static final DmnDecision JS2021 = parse(JS2021_RESOURCE, JS2021_DECISION);

    /** The rule-version settings as shipped in config/second-child.yml, bound as the application binds them. */
    static final RuleVersionProperties SHIPPED_VERSIONS = shippedVersions();

    private EligibilityDmn() {
    }

    record Verdict(String outcome, String article, String reason, String ruleId) {
    }

    static Verdict evaluate(Family family) {
        return evaluate(JS2004, family);
    }

    static Verdict evaluate(DmnDecision decision, Family family) {
        MATCHED.get().clear();
        List<Map<String, Object>> results = ENGINE.evaluateDecisionTable(decision,
                Variables.fromMap(family.toVariables())).getResultList();
        assertThat(results).as("hit policy FIRST must always give exactly one row for %s", family).hasSize(1);
        Map<String, Object> row = results.get(0);
        List<String> matched = MATCHED.get();
        return new Verdict((String) row.get("outcome"), (String) row.get("article"), (String) row.get("reason"),
                matched.isEmpty() ? null : matched.get(0));
    }

    /** Result rows of the version table with the shipped configuration; empty when no version applies. */
    static List<Map<String, Object>> ruleVersionFor(Object applicationDate) {
        return ruleVersionFor(applicationDate, SHIPPED_VERSIONS);
    }

    static List<Map<String, Object>> ruleVersionFor(Object applicationDate, RuleVersionProperties settings) {
        var variables = Variables.createVariables().putValue("applicationDate", applicationDate);
        settings.variables().forEach(variables::putValue);
        return DmnFiles.evaluate(VERSION, variables).getResultList();
    }

    /** Every rule id of a decision table, in order. */
    static List<String> ruleIds(DmnDecision decision) {
        return ((org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl) decision.getDecisionLogic()).getRules().stream()
                .map(org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl::getId).toList();
    }

    static InputStream open(String resource) {
        return DmnFiles.open(resource);
    }

    private static DmnDecision parse(String resource, String decisionKey) {
        try (InputStream in = DmnFiles.open(resource)) {
            return ENGINE.parseDecision(decisionKey, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DmnEngine engineRecordingMatchedRows() {
        DefaultDmnEngineConfiguration configuration =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        configuration.customPostDecisionTableEvaluationListeners(List.of((DmnDecisionTableEvaluationEvent event) ->
                event.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).forEach(MATCHED.get()::add)));
        return configuration.buildEngine();
    }

    private static RuleVersionProperties shippedVersions() {
        try {
            StandardEnvironment environment = new StandardEnvironment();
            new YamlPropertySourceLoader().load("second-child", new ClassPathResource("config/second-child.yml"))
                    .forEach(environment.getPropertySources()::addLast);
            return new Binder(ConfigurationPropertySources.get(environment))
                    .bind("app.second-child", RuleVersionProperties.class).get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
