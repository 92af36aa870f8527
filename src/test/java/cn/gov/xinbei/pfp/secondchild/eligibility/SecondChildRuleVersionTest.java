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
    @ValueSource(strings = {"2004-06-16", "2014-03-28", "2002-12-01", "2016-01-01"})
    void datesOutsideEveryConfiguredVersionGiveNoResult(String isoDate) {
        assertThat(ruleVersionFor(LocalDate.parse(isoDate))).isEmpty();
    }

    @Test
    void missingDateGivesNoResult() {
        assertThat(ruleVersionFor(null)).isEmpty();
    }

    @Test
    void javaUtilDateUsesItsCalendarDateInTheJvmTimeZone() {
        assertJs2004(startOfDay(LocalDate.of(2012, 6, 1)));
        assertJs2004(Date.from(LocalDateTime.of(2014, 3, 27, 23, 59).atZone(ZoneId.systemDefault()).toInstant()));
        assertThat(ruleVersionFor(startOfDay(LocalDate.of(2014, 3, 28)))).isEmpty();
        assertThat(ruleVersionFor(startOfDay(LocalDate.of(2004, 6, 16)))).isEmpty();
    }

    @Test
    void localDateTimeAndIsoStringAreAccepted() {
        assertJs2004(LocalDateTime.of(2012, 6, 1, 16, 30));
        assertJs2004("2012-06-01");
        assertThat(ruleVersionFor("2014-03-28")).isEmpty();
    }

    /** java.sql.Date cannot become an Instant; callers must convert it (toLocalDate()) first. */
    @Test
    void javaSqlDateIsRejectedLoudly() {
        assertThatThrownBy(() -> ruleVersionFor(java.sql.Date.valueOf("2012-06-01")))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void everyConfiguredDecisionKeyExistsInTheEligibilityFile() throws IOException {
        try (InputStream in = EligibilityDmn.open(EligibilityDmn.JS2004_RESOURCE)) {
            DmnModelInstance model = Dmn.readModelFromStream(in);
            assertThat(model.getModelElementsByType(Decision.class))
                    .extracting(Decision::getId)
                    .contains(JS2004_KEY);
        }
    }

    private static Date startOfDay(LocalDate date) {
        return Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
