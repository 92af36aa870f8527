package cn.gov.xinbei.pfp.birthregistration;

import cn.gov.xinbei.pfp.departmentdata.BirthCheckProperties;
import cn.gov.xinbei.pfp.testing.DmnFiles;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every row of processes/birth-registration/birth-registration-eligibility.dmn, with the registration periods as
 * shipped in config/department-data.yml (2016-01-01 up to two children, 2021-08-20 up to three), and the edges of
 * each period. The last test checks that every row of the table was hit by this class.
 */
class BirthRegistrationEligibilityDmnTest {

    private static final List<String> MATCHED = new ArrayList<>();
    private static final Set<String> HIT = new TreeSet<>();
    private static final DmnEngine ENGINE = engine();
    private static final DmnDecision DECISION = parse();
    private static final BirthCheckProperties SHIPPED = shippedPeriods();

    record Verdict(String outcome, String field, String article, String reason, String rule) {
    }

    static Verdict evaluate(String registrationDate, String birthDate, Integer birthOrder) {
        MATCHED.clear();
        var variables = Variables.createVariables()
                .putValue("registrationDate", registrationDate == null ? null : LocalDate.parse(registrationDate))
                .putValue("birthDate", birthDate == null ? null : LocalDate.parse(birthDate))
                .putValue("birthOrder", birthOrder)
                .putValue("twoChildrenFrom", from(2))
                .putValue("threeChildrenFrom", from(3));
        List<Map<String, Object>> rows = ENGINE.evaluateDecisionTable(DECISION, variables).getResultList();
        assertThat(rows).as("hit policy FIRST gives exactly one row").hasSize(1);
        Map<String, Object> row = rows.get(0);
        String rule = MATCHED.get(0);
        HIT.add(rule);
        return new Verdict((String) row.get("outcome"), (String) row.get("field"), (String) row.get("article"),
                (String) row.get("reason"), rule);
    }

    @ParameterizedTest(name = "registered {0}, born {1}, child {2} -> {3} {4} ({5})")
    @CsvSource({
            // registration era starts 2016-01-01: before it, refused at the registration date
            "2015-12-31, 2016-05-01, 1, REFUSED, registrationDate, Rule_RegistrationBeforeRegistrationEra",
            "2012-03-01, 2012-09-01, 2, REFUSED, registrationDate, Rule_RegistrationBeforeRegistrationEra",
            // a child born before 2016 cannot be registered afterwards
            "2016-01-01, 2015-12-31, 1, REFUSED, birthDate, Rule_BirthBeforeRegistrationEra",
            "2026-03-02, 2014-06-01, 2, REFUSED, birthDate, Rule_BirthBeforeRegistrationEra",
            // first and second child after the three-child rule: the 2021 law
            "2021-08-20, 2021-08-20, 1, REGISTRABLE, , Rule_FirstOrSecondChildAfter2021",
            "2026-03-02, 2026-08-20, 2, REGISTRABLE, , Rule_FirstOrSecondChildAfter2021",
            // first and second child from 2016 (and a 2016 birth registered after 2021): the 2015 law
            "2016-01-01, 2016-01-01, 1, REGISTRABLE, , Rule_FirstOrSecondChild",
            "2016-03-01, 2016-09-01, 2, REGISTRABLE, , Rule_FirstOrSecondChild",
            "2026-03-02, 2016-07-15, 1, REGISTRABLE, , Rule_FirstOrSecondChild",
            "2021-08-19, 2021-12-01, 2, REGISTRABLE, , Rule_FirstOrSecondChild",
            // third child: both dates on or after 2021-08-20
            "2021-08-20, 2022-01-10, 3, REGISTRABLE, , Rule_ThirdChildAfter2021",
            "2026-03-02, 2026-03-01, 3, REGISTRABLE, , Rule_ThirdChildAfter2021",
            // third child with either date before 2021-08-20: 再生育审批
            "2021-08-19, 2022-01-10, 3, REFUSED, birthOrder, Rule_ThirdChildBefore2021",
            "2026-03-02, 2021-08-19, 3, REFUSED, birthOrder, Rule_ThirdChildBefore2021",
            "2018-05-01, 2018-10-01, 3, REFUSED, birthOrder, Rule_ThirdChildBefore2021",
            // fourth and later: never registered
            "2026-03-02, 2026-08-20, 4, REFUSED, birthOrder, Rule_FourthOrLaterChild",
            "2016-03-01, 2016-08-20, 7, REFUSED, birthOrder, Rule_FourthOrLaterChild",
    })
    void everyRow(String registrationDate, String birthDate, int birthOrder, String outcome, String field, String rule) {
        Verdict verdict = evaluate(registrationDate, birthDate, birthOrder);
        assertThat(verdict.rule()).isEqualTo(rule);
        assertThat(verdict.outcome()).isEqualTo(outcome);
        assertThat(verdict.field()).isEqualTo(field);
        assertThat(verdict.article()).contains("人口与计划生育法");
        assertThat(verdict.reason()).isNotBlank();
    }

    @Test
    void refusalsSayWhyAndWhereToGo() {
        assertThat(evaluate("2015-12-31", "2016-05-01", 1).reason())
                .isEqualTo("生育登记自2016-01-01起实行，登记日期2015-12-31在此之前：当时实行生育审批（第一个子女领取《生育服务证》，"
                        + "再生育须经审批），不能办理生育登记");
        assertThat(evaluate("2026-03-02", "2014-06-01", 2).reason()).contains("该子女出生于2014-06-01");
        assertThat(evaluate("2021-08-19", "2022-01-10", 3).reason())
                .contains("第三个子女自2021-08-20起才实行生育登记").contains("申请再生育审批");
        assertThat(evaluate("2026-03-02", "2026-08-20", 4).reason())
                .startsWith("第4个子女超出生育登记的范围（2016-01-01起为第一、二个子女，2021-08-20起为第一至第三个子女）")
                .contains("照顾再生育一孩审批");
        Verdict second = evaluate("2016-03-01", "2016-09-01", 2);
        assertThat(second.reason()).isEqualTo("第2个子女，生育两个以内（含两个）孩子的不实行审批，实行生育登记");
        assertThat(second.article()).contains("2015年修正").contains("中发〔2015〕40号");
        assertThat(evaluate("2026-03-02", "2026-08-20", 3).article()).contains("2021年修正");
    }

    @Test
    void incompleteInputHitsTheLastRow() {
        Verdict verdict = evaluate("2026-03-02", "2026-08-20", null);
        assertThat(verdict.rule()).isEqualTo("Rule_IncompleteInput");
        assertThat(verdict.outcome()).isEqualTo("REFUSED");
        assertThat(verdict.field()).isEqualTo("birthOrder");
        Verdict zero = evaluate("2026-03-02", "2026-08-20", 0);
        assertThat(zero.rule()).isEqualTo("Rule_IncompleteInput");
    }

    @Test
    void theShippedPeriodsAreTheBirthChecksOnes() {
        assertThat(from(2)).isEqualTo(LocalDate.of(2016, 1, 1));
        assertThat(from(3)).isEqualTo(LocalDate.of(2021, 8, 20));
    }

    @AfterAll
    static void everyRowWasHit() {
        List<String> rules = ((DmnDecisionTableImpl) DECISION.getDecisionLogic()).getRules().stream()
                .map(DmnDecisionTableRuleImpl::getId).toList();
        assertThat(rules).hasSize(8);
        assertThat(HIT).containsExactlyInAnyOrderElementsOf(rules);
    }

    private static LocalDate from(int maxBirthOrder) {
        return SHIPPED.registrationOnly().stream().filter(p -> p.maxBirthOrder() == maxBirthOrder).findFirst()
                .orElseThrow().from();
    }

    private static DmnEngine engine() {
        DefaultDmnEngineConfiguration configuration =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        configuration.customPostDecisionTableEvaluationListeners(List.of((DmnDecisionTableEvaluationEvent event) ->
                event.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).forEach(MATCHED::add)));
        return configuration.buildEngine();
    }

    private static DmnDecision parse() {
        try (InputStream in = DmnFiles.open("processes/birth-registration/birth-registration-eligibility.dmn")) {
            return ENGINE.parseDecision("birthRegistrationEligibility", in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BirthCheckProperties shippedPeriods() {
        try {
            StandardEnvironment environment = new StandardEnvironment();
            new YamlPropertySourceLoader().load("department-data", new ClassPathResource("config/department-data.yml"))
                    .forEach(environment.getPropertySources()::addLast);
            return new Binder(ConfigurationPropertySources.get(environment))
                    .bind("app.department-data.birth-check", BirthCheckProperties.class).get();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
