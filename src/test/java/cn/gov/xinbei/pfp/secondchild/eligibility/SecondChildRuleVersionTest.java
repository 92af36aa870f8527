package cn.gov.xinbei.pfp.secondchild.eligibility;

import static cn.gov.xinbei.pfp.secondchild.eligibility.EligibilityDmn.ruleVersionFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import cn.gov.xinbei.pfp.secondchild.RuleVersionProperties;
import cn.gov.xinbei.pfp.secondchild.RuleVersionProperties.RuleVersion;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code secondChildRuleVersion}: which eligibility decision applies on an application date.
 *
 * <p>Caller contract for {@code applicationDate}: a {@link LocalDate} (preferred); a {@link Date} or
 * {@link LocalDateTime} also works (its calendar date in the JVM time zone is used); a {@code "yyyy-MM-dd"} string
 * works too. No result means no configured rule version.
 */
class SecondChildRuleVersionTest {

    private static final String JS2004_KEY = "secondChildEligibility_js2004";

    private static void assertJs2004(Object applicationDate) {
        List<Map<String, Object>> result = ruleVersionFor(applicationDate);
        assertThat(result).as("rule version for %s", applicationDate).hasSize(1);
        assertThat(result.get(0))
                .containsEntry("eligibilityDecisionKey", JS2004_KEY)
                .containsEntry("ruleVersionName", "江苏省人口与计划生育条例（2004年修正）");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2012-06-01", "2004-06-17", "2014-03-27", "2012-02-29"})
    void datesInsideThe2004TextSelectIt(String isoDate) {
        assertJs2004(LocalDate.parse(isoDate));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2004-06-16", "2002-12-01"})
    void datesOutsideEveryConfiguredVersionGiveNoResult(String isoDate) {
        assertThat(ruleVersionFor(LocalDate.parse(isoDate))).isEmpty();
    }

    private static String keyFor(LocalDate date, RuleVersionProperties settings) {
        List<Map<String, Object>> result = ruleVersionFor(date, settings);
        assertThat(result).as("rule version for %s", date).hasSize(1);
        return (String) result.get(0).get("eligibilityDecisionKey");
    }

    @Test
    void theShippedConfigurationStartsThe2016VersionOn1January2016AndThe2021VersionOn29September2021() {
        RuleVersionProperties shipped = EligibilityDmn.SHIPPED_VERSIONS;
        assertThat(keyFor(LocalDate.of(2015, 12, 31), shipped)).isEqualTo("secondChildEligibility_js2014");
        assertThat(keyFor(LocalDate.of(2016, 1, 1), shipped)).isEqualTo("secondChildEligibility_js2016");
        assertThat(keyFor(LocalDate.of(2021, 9, 28), shipped)).isEqualTo("secondChildEligibility_js2016");
        assertThat(keyFor(LocalDate.of(2021, 9, 29), shipped)).isEqualTo("secondChildEligibility_js2021");
        assertThat(keyFor(LocalDate.of(2026, 11, 30), shipped)).isEqualTo("secondChildEligibility_js2021");
    }

    @Test
    void theConfiguredStartDatesMoveTheBoundaries() {
        java.util.Map<String, RuleVersion> settings = new java.util.LinkedHashMap<>();
        settings.put("js2016", new RuleVersion(LocalDate.of(2016, 1, 15), true));
        settings.put("js2021", new RuleVersion(LocalDate.of(2021, 10, 1), true));
        RuleVersionProperties later = new RuleVersionProperties(settings);
        assertThat(keyFor(LocalDate.of(2016, 1, 14), later)).isEqualTo("secondChildEligibility_js2014");
        assertThat(keyFor(LocalDate.of(2016, 1, 15), later)).isEqualTo("secondChildEligibility_js2016");
        assertThat(keyFor(LocalDate.of(2021, 9, 30), later)).isEqualTo("secondChildEligibility_js2016");
        assertThat(keyFor(LocalDate.of(2021, 10, 1), later)).isEqualTo("secondChildEligibility_js2021");
    }

    @Test
    void aDisabledVersionLeavesItsPeriodWithoutRulesAndTheOthersUnchanged() {
        RuleVersionProperties off = new RuleVersionProperties(orderedSettings(false, true));
        assertThat(ruleVersionFor(LocalDate.of(2016, 1, 1), off)).isEmpty();
        assertThat(ruleVersionFor(LocalDate.of(2021, 9, 28), off)).isEmpty();
        assertThat(keyFor(LocalDate.of(2015, 12, 31), off)).isEqualTo("secondChildEligibility_js2014");
        assertThat(keyFor(LocalDate.of(2021, 9, 29), off)).isEqualTo("secondChildEligibility_js2021");
        RuleVersionProperties js2021Off = new RuleVersionProperties(orderedSettings(true, false));
        assertThat(ruleVersionFor(LocalDate.of(2021, 9, 29), js2021Off)).isEmpty();
        assertThat(keyFor(LocalDate.of(2021, 9, 28), js2021Off)).isEqualTo("secondChildEligibility_js2016");
    }

    @Test
    void badSettingsStopStartUpWithTheKeyNamed() {
        assertThatThrownBy(() -> new RuleVersionProperties(Map.of("js2016", new RuleVersion(null, true))))
                .hasMessageContaining("app.second-child.rule-versions.js2016").hasMessageContaining("effective-from");
        assertThatThrownBy(() -> new RuleVersionProperties(Map.of("js2016", new RuleVersion(LocalDate.of(2016, 1, 1), null))))
                .hasMessageContaining("enabled");
        assertThatThrownBy(() -> new RuleVersionProperties(Map.of("JS-2016", new RuleVersion(LocalDate.of(2016, 1, 1), true))))
                .hasMessageContaining("lower-case");
        java.util.Map<String, RuleVersion> reversed = new java.util.LinkedHashMap<>();
        reversed.put("js2021", new RuleVersion(LocalDate.of(2021, 9, 29), true));
        reversed.put("js2016", new RuleVersion(LocalDate.of(2016, 1, 1), true));
        assertThatThrownBy(() -> new RuleVersionProperties(reversed)).hasMessageContaining("date order");
    }

    private static Map<String, RuleVersion> orderedSettings(boolean js2016, boolean js2021) {
        java.util.Map<String, RuleVersion> settings = new java.util.LinkedHashMap<>();
        settings.put("js2016", new RuleVersion(LocalDate.of(2016, 1, 1), js2016));
        settings.put("js2021", new RuleVersion(LocalDate.of(2021, 9, 29), js2021));
        return settings;
    }

    @Test
    void missingDateGivesNoResult() {
        assertThat(ruleVersionFor(null)).isEmpty();
    }

    @Test
    void javaUtilDateUsesItsCalendarDateInTheJvmTimeZone() {
        assertJs2004(startOfDay(LocalDate.of(2012, 6, 1)));
        assertJs2004(Date.from(LocalDateTime.of(2014, 3, 27, 23, 59).atZone(ZoneId.systemDefault()).toInstant()));
        assertThat(ruleVersionFor(startOfDay(LocalDate.of(2014, 3, 28))).get(0))
                .containsEntry("eligibilityDecisionKey", "secondChildEligibility_js2014");
        assertThat(ruleVersionFor(startOfDay(LocalDate.of(2004, 6, 16)))).isEmpty();
    }

    @Test
    void localDateTimeAndIsoStringAreAccepted() {
        assertJs2004(LocalDateTime.of(2012, 6, 1, 16, 30));
        assertJs2004("2012-06-01");
        assertThat(ruleVersionFor("2014-03-28").get(0))
                .containsEntry("eligibilityDecisionKey", "secondChildEligibility_js2014");
    }

    /** java.sql.Date cannot become an Instant; callers must convert it (toLocalDate()) first. */
    @Test
    void javaSqlDateIsRejectedLoudly() {
        assertThatThrownBy(() -> ruleVersionFor(java.sql.Date.valueOf("2012-06-01")))
                .isInstanceOf(RuntimeException.class);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"js2004", "js2014", "js2016", "js2021"})
    void everyVersionsDecisionKeyExistsInItsEligibilityFile(String version) throws IOException {
        try (InputStream in = EligibilityDmn.open("processes/second-child/second-child-eligibility-" + version + ".dmn")) {
            DmnModelInstance model = Dmn.readModelFromStream(in);
            assertThat(model.getModelElementsByType(Decision.class))
                    .extracting(Decision::getId)
                    .contains("secondChildEligibility_" + version);
        }
    }

    private static Date startOfDay(LocalDate date) {
        return Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
