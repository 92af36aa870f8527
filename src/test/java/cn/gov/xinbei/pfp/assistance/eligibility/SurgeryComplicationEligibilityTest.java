package cn.gov.xinbei.pfp.assistance.eligibility;

import static cn.gov.xinbei.pfp.assistance.eligibility.Applicant.surgeryComplication;
import static cn.gov.xinbei.pfp.assistance.eligibility.AssistanceDmn.ELIGIBLE;
import static cn.gov.xinbei.pfp.assistance.eligibility.AssistanceDmn.INELIGIBLE;
import static cn.gov.xinbei.pfp.assistance.eligibility.AssistanceDmn.NEEDS_CONFIRMATION;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.gov.xinbei.pfp.assistance.eligibility.AssistanceDmn.Verdict;

/** {@code surgeryComplicationEligibility}: configurable default rule, eligibility not found (REFERENCE 4.3). */
class SurgeryComplicationEligibilityTest {

    static final String ARTICLE = "常新政〔2012〕1号（计划生育手术并发症人员特别扶助；资格条件未查到，按可配置默认规则）";

    static void assertVerdict(Verdict verdict, String outcome, String subType, String... reasonMentions) {
        assertThat(verdict.outcome()).as("outcome of %s", verdict).isEqualTo(outcome);
        assertThat(verdict.article()).isEqualTo(ARTICLE);
        assertThat(verdict.subType()).as("subType of %s", verdict).isEqualTo(subType);
        assertThat(verdict.reason()).isNotBlank();
        if (reasonMentions.length > 0) {
            assertThat(verdict.reason()).contains(reasonMentions);
        }
    }

    @ParameterizedTest(name = "grade {0}")
    @ValueSource(ints = {1, 2, 3})
    void everyDefaultGradeQualifiesAndNamesItsRate(int grade) {
        assertVerdict(surgeryComplication().set("complicationGrade", grade).evaluate(), ELIGIBLE, "GRADE_" + grade,
                "符合手术并发症人员特别扶助条件");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"COUNTY", "CITY", "PROVINCE"})
    void countyLevelAndAboveAreAcceptedByDefault(String level) {
        assertVerdict(surgeryComplication().set("certifyingBodyLevel", level).evaluate(), ELIGIBLE, "GRADE_2");
    }

    @Test
    void townshipCertificationIsNotAcceptedByDefault() {
        assertVerdict(surgeryComplication().set("certifyingBodyLevel", "TOWNSHIP").evaluate(), INELIGIBLE, null,
                "机构级别不在认可范围内");
    }

    @Test
    void gradeOutsideOneToThreeDoesNotQualify() {
        assertVerdict(surgeryComplication().set("complicationGrade", 4).evaluate(), INELIGIBLE, null, "等级不在扶助等级范围内");
    }

    @Test
    void missingGradeDoesNotQualify() {
        assertVerdict(surgeryComplication().set("complicationGrade", null).evaluate(), INELIGIBLE, null, "未评定等级");
    }

    @Test
    void pendingCertificationNeedsConfirmation() {
        assertVerdict(surgeryComplication().set("certificationStatus", "PENDING").evaluate(), NEEDS_CONFIRMATION, null,
                "鉴定结论尚待");
    }

    @Test
    void noCertificationDoesNotQualify() {
        assertVerdict(surgeryComplication().set("certificationStatus", "NONE").evaluate(), INELIGIBLE, null, "未经");
    }

    @Test
    void theBureauWidensTheLevelsByConfigurationNotByDmn() {
        Applicant township = surgeryComplication().set("certifyingBodyLevel", "TOWNSHIP")
                .set("acceptedCertifyingLevels", List.of("TOWNSHIP", "COUNTY", "CITY", "PROVINCE"));
        assertVerdict(township.evaluate(), ELIGIBLE, "GRADE_2");
    }

    @Test
    void theBureauNarrowsTheGradesByConfigurationNotByDmn() {
        Applicant gradeTwo = surgeryComplication().set("acceptedComplicationGrades", List.of(1));
        assertVerdict(gradeTwo.evaluate(), INELIGIBLE, null, "等级不在扶助等级范围内");
    }

    @Test
    void missingConfigurationNeverMakesACaseEligible() {
        assertVerdict(surgeryComplication().set("acceptedComplicationGrades", null).evaluate(), INELIGIBLE, null,
                "申请信息不完整");
        assertVerdict(surgeryComplication().set("acceptedCertifyingLevels", null).evaluate(), INELIGIBLE, null,
                "申请信息不完整");
    }

    @Test
    void unknownStatusIsIncomplete() {
        assertVerdict(surgeryComplication().set("certificationStatus", null).evaluate(), INELIGIBLE, null, "申请信息不完整");
    }
}
