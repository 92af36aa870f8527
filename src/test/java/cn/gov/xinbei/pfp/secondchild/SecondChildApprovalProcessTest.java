package cn.gov.xinbei.pfp.secondchild;

import cn.gov.xinbei.pfp.casefile.CaseFile;
import cn.gov.xinbei.pfp.casefile.CaseFileRepository;
import cn.gov.xinbei.pfp.casefile.CaseStatus;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/** One test per path of secondChildApproval, on the 2012 calendar. */
@SpringBootTest
@ActiveProfiles("test")
class SecondChildApprovalProcessTest {

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    CaseFileRepository cases;

    @BeforeEach
    void setUp() {
        init(processEngine);
        at(LocalDate.of(2012, 3, 1));
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
    }

    @Test
    void townAcceptsCompleteApplicationAndBureauApproves() {
        ProcessInstance instance = start(Applications.onlyChildCouple());
        assertThat(instance).isWaitingAt("Task_AcceptApplication");
        assertThat(task()).hasCandidateGroup("chunjiang-clerk");
        // 行政许可法 art. 32: 5 working days from 2012-03-01 (Thursday)
        assertThat(task().getDueDate()).isEqualTo(endOf(LocalDate.of(2012, 3, 8)));
        assertThat(instance.getBusinessKey()).isEqualTo("SC-2012-00001");
        assertThat(jdbc.queryForList("select p.id_number_masked from case_party p join case_file c on c.id = p.case_id"
                + " where c.case_number = ?", String.class, instance.getBusinessKey()))
                .containsExactlyInAnyOrder("320411********002X", "320411********0033");
        assertThat(runtimeService.getVariable(instance.getId(), "wifeIdNumber")).isEqualTo("320411********002X");

        complete(task(), withVariables("acceptanceDecision", "ACCEPT"));
        assertThat(instance).isWaitingAt("Task_TownReview");
        // 20 working days from acceptance on 2012-03-01; Qingming (04-02..04) off, 03-31 and 04-01 worked
        assertThat(task().getDueDate()).isEqualTo(endOf(LocalDate.of(2012, 3, 29)));
        assertThat(caseFile(instance).getStatus()).isEqualTo(CaseStatus.ACCEPTED);

        at(LocalDate.of(2012, 3, 5));
        complete(task(), withVariables("townRecommendation", "APPROVE", "townOpinion", "经核实，夫妻双方均为独生子女，情况属实"));
        assertThat(instance).isWaitingAt("Task_DistrictDecision");
        assertThat(task()).hasCandidateGroup("bureau-clerk");
        // 20 working days from 2012-03-05 end on Saturday 03-31, a make-up working day for Qingming
        assertThat(task().getDueDate()).isEqualTo(endOf(LocalDate.of(2012, 3, 31)));
        assertThat(instance).variables().containsEntry("eligibilityOutcome", "ELIGIBLE");

        complete(task(), withVariables("decision", "APPROVE"));
        assertThat(instance).isWaitingAt("Task_IssueCertificate");
        assertThat((String) runtimeService.getVariable(instance.getId(), "certificateNumber")).matches("新计生证〔2012〕\\d{5}号");
        complete(task(), withVariables("certificateIssuedOn", "2012-03-05"));
        assertThat(instance).isWaitingAt("Task_PublishResult");
        assertThat(task()).hasCandidateGroup("chunjiang-clerk");
        complete(task(), withVariables("postingPlace", "春江镇村务公开栏"));
        assertThat(instance).isWaitingAt("TimerEvent_PostingPeriodOver");
        execute(job());
        assertThat(instance).isEnded().hasPassed("EndEvent_Approved");
        assertThat(caseFile(instance).getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(caseFile(instance).getOutcome()).isEqualTo("APPROVED");
    }

    @Test
    void townRejectsIncompleteApplicationAndApplicantResubmits() {
        Map<String, Object> application = Applications.onlyChildCouple();
        application.put("docMarriageCertificate", false);
        ProcessInstance instance = start(application);
        assertThat(instance).variables().containsEntry("missingDocuments", "结婚证");

        assertThatThrownBy(() -> complete(task(), withVariables("acceptanceDecision", "ACCEPT")))
                .hasMessageContaining("尚缺材料：结婚证");
        assertThat(instance).isWaitingAt("Task_AcceptApplication");

        complete(task(), withVariables("acceptanceDecision", "REQUEST_CORRECTION", "correctionItems", "请补交结婚证原件及复印件"));
        assertThat(instance).isWaitingAt("Task_RecordCorrection");
        assertThat(caseFile(instance).getStatus()).isEqualTo(CaseStatus.CORRECTION_REQUESTED);

        complete(task(), withVariables("correctionOutcome", "SUBMITTED", "docMarriageCertificate", true));
        assertThat(instance).isWaitingAt("Task_AcceptApplication");
        assertThatThrownBy(() -> complete(task(), withVariables("acceptanceDecision", "REQUEST_CORRECTION",
                "correctionItems", "请再补交户口簿")))
                .hasMessageContaining("一次性告知");
        complete(task(), withVariables("acceptanceDecision", "ACCEPT"));
        assertThat(instance).isWaitingAt("Task_TownReview");
    }

    @Test
    void applicantWithdrawsAfterCorrectionNotice() {
        Map<String, Object> application = Applications.onlyChildCouple();
        application.put("docIdCards", false);
        ProcessInstance instance = start(application);
        assertThat(instance).isWaitingAt("Task_AcceptApplication");
        complete(task(), withVariables("acceptanceDecision", "REQUEST_CORRECTION", "correctionItems", "请补交双方身份证"));
        complete(task(), withVariables("correctionOutcome", "WITHDRAWN"));
        assertThat(instance).isEnded().hasPassed("EndEvent_Withdrawn");
        assertThat(caseFile(instance).getStatus()).isEqualTo(CaseStatus.WITHDRAWN);
    }

    @Test
    void policeCertifyUrbanHukouSoTheRuralClaimIsRefusedAndServed() {
        ProcessInstance instance = start(Applications.ruralSingleOnlyChild());
        assertThat(instance).isWaitingAt("Task_AcceptApplication");
        complete(task(), withVariables("acceptanceDecision", "ACCEPT"));
        assertThat(instance).isWaitingAt("Task_ConfirmHukouType");
        assertThat(task()).hasCandidateGroup("police-liaison");
        assertThat(caseFile(instance).getStatus()).isEqualTo(CaseStatus.AWAITING_HUKOU_PROOF);

        assertThatThrownBy(() -> complete(task(), withVariables("confirmedHukouType", "URBAN")))
                .hasMessageContaining("证明编号");
        complete(task(), withVariables("confirmedHukouType", "URBAN", "hukouCertificateNumber", "春派证〔2012〕18号"));
        assertThat(instance).isWaitingAt("Task_TownReview");
        complete(task(), withVariables("townRecommendation", "REFUSE", "townOpinion", "派出所证明女方为城镇居民"));
        assertThat(instance).isWaitingAt("Task_DistrictDecision");
        assertThat(instance).variables().containsEntry("eligibilityOutcome", "INELIGIBLE");

        assertThatThrownBy(() -> complete(task(), withVariables("decision", "APPROVE")))
                .hasMessageContaining("不能批准");
        complete(task(), withVariables("decision", "REFUSE", "decisionReason", "女方为城镇居民，不符合第二十三条"));
        assertThat(instance).isWaitingAt("Task_ServeRefusal");
        assertThat((String) runtimeService.getVariable(instance.getId(), "refusalNotice"))
                .contains("行政复议", "60日", "行政诉讼", "3个月");

        at(LocalDate.of(2012, 3, 5));
        complete(task(), withVariables("refusalServedOn", "2012-03-02"));
        assertThat(instance).isEnded().hasPassed("EndEvent_Refused");
        // 60 days from 2012-03-02 is 05-01, Labour Day: the last day moves to 05-02
        assertThat(instance).variables().containsEntry("reconsiderationUntil", "2012-05-02")
                .containsEntry("lawsuitUntil", "2012-06-04");
        assertThat(caseFile(instance).getStatus()).isEqualTo(CaseStatus.REFUSED);
    }

    @Test
    void disabledChildAssessmentPausesTheDecisionClock() {
        ProcessInstance instance = start(Applications.disabledChild());
        assertThat(instance).isWaitingAt("Task_AcceptApplication");
        complete(task(), withVariables("acceptanceDecision", "ACCEPT"));
        complete(task(), withVariables("townRecommendation", "APPROVE", "townOpinion", "病残儿情况属实，报区局送鉴定"));
        assertThat(instance).isWaitingAt("Task_RecordAssessment");
        assertThat(task().getDueDate()).isNull();
        assertThat(caseFile(instance).getDueOn()).isEqualTo(LocalDate.of(2012, 3, 29));

        at(LocalDate.of(2012, 3, 15)); // ten working days with the panel
        complete(task(), withVariables("assessmentResult", "QUALIFIES", "assessmentConclusionNumber", "常病鉴〔2012〕7号"));
        assertThat(instance).isWaitingAt("Task_DistrictDecision");
        assertThat(task().getDueDate()).isEqualTo(endOf(LocalDate.of(2012, 4, 13)));
        assertThat(instance).variables().containsEntry("eligibilityOutcome", "ELIGIBLE");
    }

    @Test
    void bureauExtendsTheDecisionOnceWithTheHeadsApproval() {
        ProcessInstance instance = start(Applications.onlyChildCouple());
        assertThat(instance).isWaitingAt("Task_AcceptApplication");
        complete(task(), withVariables("acceptanceDecision", "ACCEPT"));
        complete(task(), withVariables("townRecommendation", "APPROVE", "townOpinion", "情况属实，同意上报"));
        assertThatThrownBy(() -> complete(task(), withVariables("decision", "REQUEST_EXTENSION")))
                .hasMessageContaining("延期理由");
        complete(task(), withVariables("decision", "REQUEST_EXTENSION", "decisionReason", "需向外省核实男方婚育情况"));
        assertThat(instance).isWaitingAt("Task_ApproveExtension");
        assertThat(task()).hasCandidateGroup("bureau-supervisor");
        complete(task(), withVariables("extensionApproved", true));
        assertThat(instance).isWaitingAt("Task_DistrictDecision");
        // 2012-03-29 + 10 working days: 03-31 and 04-01 are worked, Qingming 04-02..04 is not
        assertThat(task().getDueDate()).isEqualTo(endOf(LocalDate.of(2012, 4, 13)));
        assertThatThrownBy(() -> complete(task(), withVariables("decision", "REQUEST_EXTENSION",
                "decisionReason", "仍需核实")))
                .hasMessageContaining("只能延长一次");
        complete(task(), withVariables("decision", "APPROVE"));
        assertThat(instance).isWaitingAt("Task_IssueCertificate");
    }

    @Test
    void womanUnder24IsRefusedAtRegistrationAndNothingIsWritten() {
        long before = cases.count();
        Map<String, Object> application = Applications.onlyChildCouple();
        application.put("wifeIdNumber", "320411199006010047");
        application.put("marriageDate", "2011-01-01");
        assertThatThrownBy(() -> start(application)).hasMessageContaining("二十四周岁");
        assertThat(cases.count()).isEqualTo(before);
        assertThat(runtimeService.createProcessInstanceQuery().count()).isZero();
    }

    @Test
    void invalidIdNumberAndFutureDateAreReportedTogetherAndNothingIsWritten() {
        long before = cases.count();
        long instancesBefore = runtimeService.createProcessInstanceQuery().count();
        Map<String, Object> application = Applications.onlyChildCouple();
        application.put("husbandIdNumber", "320411198801010034");
        application.put("applicationDate", "2012-03-02");
        assertThatThrownBy(() -> start(application))
                .hasMessageContaining("男方公民身份号码校验位不正确")
                .hasMessageContaining("申请日期不能晚于今天");
        assertThat(cases.count()).isEqualTo(before);
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
    }

    @Test
    void secondOpenApplicationForTheSameWomanIsRefused() {
        long before = cases.count();
        start(Applications.onlyChildCouple());
        assertThat(cases.count()).isEqualTo(before + 1);
        assertThatThrownBy(() -> start(Applications.onlyChildCouple())).hasMessageContaining("不能重复申请");
    }

    @Test
    void womanWithAnActiveTwoNonHoldIsRefused() {
        Map<String, Object> application = Applications.onlyChildCouple();
        String wife = (String) application.get("wifeIdNumber");
        jdbc.update("insert into two_non_hold (id, id_number, case_number, held_from) values ('h1', ?, 'TN-2012-00007', ?)",
                wife, java.sql.Date.valueOf(LocalDate.of(2012, 2, 1)));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> start(application))
                .hasMessageContaining("TN-2012-00007").hasMessageContaining("查清事实前不予批准再生育")
                .hasMessageContaining("第七条");
        assertThat(cases.count()).isZero();
        // lifted once the facts are cleared: the application goes ahead
        jdbc.update("update two_non_hold set lifted_on = ? where id = 'h1'", java.sql.Date.valueOf(LocalDate.of(2012, 2, 20)));
        assertThat(start(application)).isWaitingAt("Task_AcceptApplication");
    }

    private ProcessInstance start(Map<String, Object> variables) {
        return CaseTestSupport.startLinked(runtimeService, jdbc, "secondChildApproval", variables);
    }

    private CaseFile caseFile(ProcessInstance instance) {
        return cases.findByCaseNumber(instance.getBusinessKey()).orElseThrow();
    }

    private static void at(LocalDate date) {
        CaseTestSupport.clockAt(date);
    }

    private static Date endOf(LocalDate date) {
        return CaseTestSupport.endOf(date);
    }

}
