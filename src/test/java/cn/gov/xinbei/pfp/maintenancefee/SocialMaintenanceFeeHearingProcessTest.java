package cn.gov.xinbei.pfp.maintenancefee;

import cn.gov.xinbei.pfp.casefile.CaseFile;
import cn.gov.xinbei.pfp.casefile.CaseFileRepository;
import cn.gov.xinbei.pfp.casefile.CaseStatus;
import cn.gov.xinbei.pfp.shared.validation.FieldViolation;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import org.assertj.core.api.ThrowableAssert;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/**
 * The hearing (听证) of socialMaintenanceFee, with hearings offered as a bureau may configure it
 * ({@code app.maintenance-fee.hearing-offered}, config/maintenance-fee.yml; 行政处罚法 1996 art. 42: request within 3
 * days of the notice, the hearing's time and place told 7 days ahead, chaired by a non-investigator, recorded, the
 * decision after it). The prior notice is served on Monday 2012-08-13 in every scenario: statement until Thursday
 * 08-16 (3 working days), hearing request until 08-16 as well (3 calendar days, a working day).
 */
@SpringBootTest(properties = "app.maintenance-fee.hearing-offered=true")
@ActiveProfiles("test")
class SocialMaintenanceFeeHearingProcessTest {

    private static final LocalDate NOTICE = LocalDate.of(2012, 8, 13);

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    CaseFileRepository cases;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        init(processEngine);
        at(LocalDate.of(2012, 8, 1));
    }

    @AfterEach
    void cleanUp() {
        CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
    }

    @Test
    void partyRequestsAHearingAndTheBureauDecidesAfterIt() {
        ProcessInstance instance = noticed(FeeReports.oneExtraChild(), null);
        assertThat(instance).variables().containsEntry("statementUntil", "2012-08-16")
                .containsEntry("hearingOffered", true).containsEntry("hearingRequestUntil", "2012-08-16");
        assertThat(job().getDuedate()).isEqualTo(CaseTestSupport.endOf(LocalDate.of(2012, 8, 16)));
        execute(job());

        at(LocalDate.of(2012, 8, 17));
        assertThat(refused(() -> complete(task(), withVariables("statementMade", false))))
                .extracting(FieldViolation::field).containsExactly("hearingRequested");
        assertThat(refused(() -> complete(task(), withVariables("statementMade", false, "hearingRequested", "true"))))
                .extracting(FieldViolation::field).containsExactly("hearingRequestedOn");
        complete(task(), withVariables("statementMade", true, "statementAccepted", false,
                "statementSummary", "当事人称家庭收入低，请求减免；经复核理由不成立", "hearingRequested", "true",
                "hearingRequestedOn", "2012-08-15"));
        assertThat(instance).hasPassed("Gateway_HearingRequested").isWaitingAt("Task_HoldHearing");
        assertThat(task()).hasCandidateGroup("bureau-clerk");
        assertThat(caseFile(instance).getStatus()).isEqualTo(CaseStatus.AWAITING_FEE_DECISION);

        at(LocalDate.of(2012, 8, 27));
        // the hearing is chaired by someone who did not investigate the case (王强 and 刘洋 did)
        assertThat(refused(() -> complete(task(), hearing("2012-08-17", "2012-08-24", "王强", "false"))))
                .singleElement().satisfies(v -> {
                    assertThat(v.field()).isEqualTo("hearingOfficer");
                    assertThat(v.message()).contains("本案调查人员", "第四十二条");
                });
        complete(task(), hearing("2012-08-17", "2012-08-24", "李明", "false"));
        assertThat(instance).isWaitingAt("Task_DecideFee");
        assertThat(jdbc.queryForMap("select hearing_requested_on, hearing_notified_on, hearing_held_on, hearing_officer,"
                + " hearing_changed from maintenance_fee_case")).containsEntry("hearing_officer", "李明")
                .containsEntry("hearing_changed", false)
                .containsEntry("hearing_requested_on", java.sql.Date.valueOf("2012-08-15"))
                .containsEntry("hearing_held_on", java.sql.Date.valueOf("2012-08-24"));

        // the decision comes after the hearing, not merely after the statement period (08-17)
        assertThatThrownBy(() -> complete(task(), withVariables("decidedOn", "2012-08-23")))
                .hasMessageContaining("征收决定日期不能早于听证日期（2012-08-24）");
        complete(task(), withVariables("decidedOn", "2012-08-27"));
        assertThat(instance).isWaitingAt("Task_ServeDecision").variables()
                .containsEntry("fatherDecisionNumber", "新人口征决〔2012〕00001号");
        assertThat(caseFile(instance).getStatus()).isEqualTo(CaseStatus.AWAITING_SERVICE);
    }

    @Test
    void hearingRequestAfterTheWindowIsRefused() {
        ProcessInstance instance = noticed(FeeReports.oneExtraChild(), null);
        execute(job());

        at(LocalDate.of(2012, 8, 20));
        // 3 calendar days from Monday 08-13: the last day is Thursday 08-16
        assertThat(refused(() -> complete(task(), withVariables("statementMade", false, "hearingRequested", "true",
                "hearingRequestedOn", "2012-08-17")))).singleElement().satisfies(v -> {
                    assertThat(v.field()).isEqualTo("hearingRequestedOn");
                    assertThat(v.message()).contains("听证申请日期2012-08-17已超过期限", "送达之日起3日内（至2012-08-16）",
                            "第四十二条");
                });
        assertThat(jdbc.queryForMap("select statement_made, hearing_requested, hearing_requested_on"
                + " from maintenance_fee_case").values()).containsOnlyNulls();
        assertThat(instance).isWaitingAt("Task_RecordStatement");
        assertThat(caseFile(instance).getStatus()).isEqualTo(CaseStatus.AWAITING_STATEMENT);

        complete(task(), withVariables("statementMade", false, "hearingRequested", "false"));
        assertThat(instance).hasPassed("Gateway_HearingRequested").hasNotPassed("Task_HoldHearing")
                .isWaitingAt("Task_DecideFee");
    }

    @Test
    void hearingNoticeLessThanSevenDaysBeforeIsRefused() {
        ProcessInstance instance = heardRequested(FeeReports.oneExtraChild(), null);

        at(LocalDate.of(2012, 8, 27));
        // notified 08-18 → 08-25 at the earliest: a hearing on 08-24 is refused and nothing is written
        assertThat(refused(() -> complete(task(), hearing("2012-08-18", "2012-08-24", "李明", "false"))))
                .singleElement().satisfies(v -> {
                    assertThat(v.field()).isEqualTo("hearingHeldOn");
                    assertThat(v.message()).contains("7日前通知当事人", "不得早于2012-08-25", "第四十二条");
                });
        assertThat(refused(() -> complete(task(), hearing("2012-08-14", "2012-08-24", "李明", "false"))))
                .extracting(FieldViolation::field).containsExactly("hearingNotifiedOn");
        assertThat(jdbc.queryForMap("select hearing_notified_on, hearing_held_on, hearing_officer, hearing_record,"
                + " hearing_changed from maintenance_fee_case").values()).containsOnlyNulls();
        assertThat(instance).isWaitingAt("Task_HoldHearing");

        // notified 08-17 → 08-24 is the first day
        complete(task(), hearing("2012-08-17", "2012-08-24", "李明", "false"));
        assertThat(instance).isWaitingAt("Task_DecideFee");
    }

    @Test
    void hearingChangesTheMultipleAndTheFeeIsAssessedAgain() {
        ProcessInstance instance = heardRequested(FeeReports.nonMaritalBirth(), "2");
        assertThat(instance).variables().containsEntry("fatherFee", "59658.00");

        at(LocalDate.of(2012, 8, 27));
        complete(task(), hearing("2012-08-17", "2012-08-24", "李明", "true"));
        assertThat(instance).hasPassed("Gateway_HearingOutcome").isWaitingAt("Task_ChooseMultiple");
        assertThat(caseFile(instance).getStatus()).isEqualTo(CaseStatus.AWAITING_FEE_ASSESSMENT);
        complete(task(), withVariables("multiple", "1.5", "multipleReason", "听证查明双方已补办结婚登记，从轻"));
        // 1.5 × 29,829 = 44,743.50 each; the changed amount is told again in a new prior notice
        assertThat(instance).isWaitingAt("Task_ServeNotice").variables().containsEntry("fatherFee", "44743.50");
    }

    // ------------------------------------------------------------------------------------------------- steps

    /** Registered, investigated (王强, 刘洋), assessed (at the chosen multiple, null for a fixed one), noticed 08-13. */
    private ProcessInstance noticed(Map<String, Object> report, String multiple) {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey("socialMaintenanceFee", new HashMap<>(report));
        assertThat(instance).isStarted();
        complete(task(), withVariables("registrationDecision", "REGISTER"));
        complete(task(), withVariables("investigationOutcome", "FEE_DUE", "investigator1", "王强", "investigator2", "刘洋",
                "marriageBirthHistory", "双方2008年同居，2009年生育一女，2012年1月生育一子，无生育证",
                "confirmedFatherHukouType", "URBAN", "confirmedMotherHukouType", "URBAN"));
        complete(task(), multiple == null ? new HashMap<String, Object>()
                : withVariables("multiple", multiple, "multipleReason", "拒不配合调查，隐瞒生育事实"));
        assertThat(instance).isWaitingAt("Task_ServeNotice").variables().containsEntry("hearingOffered", true)
                .containsEntry("hearingRequestDays", 3);
        at(NOTICE);
        complete(task(), withVariables("noticeServedOn", NOTICE.toString()));
        return instance;
    }

    /** Noticed, and the party asked for a hearing on 08-15 (the statement not accepted). */
    private ProcessInstance heardRequested(Map<String, Object> report, String multiple) {
        ProcessInstance instance = noticed(report, multiple);
        execute(job());
        at(LocalDate.of(2012, 8, 17));
        complete(task(), withVariables("statementMade", false, "hearingRequested", "true",
                "hearingRequestedOn", "2012-08-15"));
        assertThat(instance).isWaitingAt("Task_HoldHearing");
        return instance;
    }

    private static Map<String, Object> hearing(String notifiedOn, String heldOn, String officer, String changed) {
        return withVariables("hearingNotifiedOn", notifiedOn, "hearingHeldOn", heldOn, "hearingOfficer", officer,
                "hearingRecord", "当事人到场陈述家庭困难情况并出示结婚证复印件，调查人员出示询问笔录，双方质证",
                "hearingChangesAssessment", changed);
    }

    private static List<FieldViolation> refused(ThrowableAssert.ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof InvalidInputException e) {
                return e.violations();
            }
        }
        throw new AssertionError("expected an input error, got " + thrown, thrown);
    }

    private CaseFile caseFile(ProcessInstance instance) {
        return cases.findByCaseNumber(instance.getBusinessKey()).orElseThrow();
    }

    private static void at(LocalDate date) {
        CaseTestSupport.clockAt(date);
    }
}
