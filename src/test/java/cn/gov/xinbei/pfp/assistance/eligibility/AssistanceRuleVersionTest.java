package cn.gov.xinbei.pfp.assistance.eligibility;

import static cn.gov.xinbei.pfp.assistance.eligibility.AssistanceDmn.ruleVersionFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import cn.gov.xinbei.pfp.assistance.domain.AssistanceScheme;

/** {@code assistanceRuleVersion}: which eligibility decision applies to a scheme on an application date. */
class AssistanceRuleVersionTest {

    private static Map<String, Object> single(String scheme, String isoDate) {
        List<Map<String, Object>> result = ruleVersionFor(scheme, LocalDate.parse(isoDate));
        assertThat(result).as("rule version of %s on %s", scheme, isoDate).hasSize(1);
        return result.get(0);
    }

    @ParameterizedTest(name = "{0} on {1} → {2}")
    @CsvSource({
        "RURAL_AWARD, 2012-06-01, ruralAwardEligibility_2004",
        "RURAL_AWARD, 2004-05-21, ruralAwardEligibility_2004",
        "RURAL_AWARD, 2012-12-31, ruralAwardEligibility_2004",
        "SPECIAL_SUPPORT, 2012-06-01, specialSupportEligibility_2007",
        "SPECIAL_SUPPORT, 2007-01-01, specialSupportEligibility_2007",
        "SURGERY_COMPLICATION, 2012-01-01, surgeryComplicationEligibility",
        "SURGERY_COMPLICATION, 2012-12-31, surgeryComplicationEligibility",
        "RETIREE_ONE_OFF_AWARD, 2012-01-01, retireeOneOffAwardEligibility",
        "RETIREE_ONE_OFF_AWARD, 2012-12-31, retireeOneOffAwardEligibility"})
    void datesInsideAVersionSelectItsDecision(String scheme, String isoDate, String decisionKey) {
        assertThat(single(scheme, isoDate)).containsEntry("eligibilityDecisionKey", decisionKey);
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({
        "RURAL_AWARD, 2004-05-20",
        "RURAL_AWARD, 2013-01-01",
        "SPECIAL_SUPPORT, 2006-12-31",
        "SPECIAL_SUPPORT, 2013-01-01",
        "SURGERY_COMPLICATION, 2011-12-31",
        "SURGERY_COMPLICATION, 2013-01-01",
        "RETIREE_ONE_OFF_AWARD, 2011-12-31",
        "RETIREE_ONE_OFF_AWARD, 2013-01-01"})
    void datesOutsideEveryVerifiedVersionGiveNoResult(String scheme, String isoDate) {
        assertThat(ruleVersionFor(scheme, LocalDate.parse(isoDate))).isEmpty();
    }

    @Test
    void versionNamesAreChineseAndNameTheDocuments() {
        assertThat(single("RURAL_AWARD", "2012-06-01")).containsEntry("ruleVersionName",
                "农村部分计划生育家庭奖励扶助（国办发〔2004〕21号、国人口发〔2004〕39号）");
        assertThat(single("SPECIAL_SUPPORT", "2012-06-01")).containsEntry("ruleVersionName",
                "独生子女伤残死亡家庭特别扶助（2007年试点方案）");
        assertThat((String) single("SURGERY_COMPLICATION", "2012-06-01").get("ruleVersionName")).contains("可配置默认规则");
        assertThat((String) single("RETIREE_ONE_OFF_AWARD", "2012-06-01").get("ruleVersionName")).contains("一次性奖励");
    }

    @Test
    void unknownOrMissingSchemeOrDateGivesNoResult() {
        assertThat(ruleVersionFor("OLD_AGE_PENSION", LocalDate.of(2012, 6, 1))).isEmpty();
        assertThat(ruleVersionFor(null, LocalDate.of(2012, 6, 1))).isEmpty();
        assertThat(ruleVersionFor("RURAL_AWARD", null)).isEmpty();
    }

    @Test
    void isoStringDateIsAcceptedToo() {
        assertThat(ruleVersionFor("RURAL_AWARD", "2012-06-01")).hasSize(1);
    }

    /** The enum the Java caller uses and the DMN keys must not drift apart. */
    @ParameterizedTest
    @EnumSource(AssistanceScheme.class)
    void everySchemeOfTheJavaEnumHasA2012Version(AssistanceScheme scheme) {
        String key = (String) single(scheme.name(), "2012-06-01").get("eligibilityDecisionKey");
        assertThat(AssistanceDmn.ELIGIBILITY_FILES).containsKey(key);
    }

    @Test
    void everyConfiguredDecisionKeyExistsInItsFile() throws Exception {
        for (Map.Entry<String, String> entry : AssistanceDmn.ELIGIBILITY_FILES.entrySet()) {
            try (InputStream in = AssistanceDmn.open(entry.getValue())) {
                DmnModelInstance model = Dmn.readModelFromStream(in);
                assertThat(model.getModelElementsByType(Decision.class)).extracting(Decision::getId)
                        .as(entry.getValue()).containsExactly(entry.getKey());
            }
        }
    }
}
