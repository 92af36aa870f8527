package cn.gov.xinbei.pfp.migrantarrival;

import cn.gov.xinbei.pfp.casefile.CaseFile;
import cn.gov.xinbei.pfp.casefile.CaseFileRepository;
import cn.gov.xinbei.pfp.casefile.CaseStatus;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import cn.gov.xinbei.pfp.testing.CaseTestSupport;
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

/** One test per path of migrantArrival (流入人口婚育证明查验, 条例 art. 8 and 23), on the 2026 calendar. */
@SpringBootTest
@ActiveProfiles("test")
class MigrantArrivalProcessTest {

    static final String MIGRANT_ID = "340104199203150026";

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
        CaseTestSupport.clockAt(LocalDate.of(2026, 3, 2));
    }

    @AfterEach
    void cleanUp() {
        CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
    }

    /** A woman from Hefei arrived in 春江镇 on 2026-02-20, registered on 2026-03-02, without a certificate. */
    static Map<String, Object> arrivalWithoutCertificate() {
        Map<String, Object> v = new HashMap<>();
        v.put("townSlug", "chunjiang");
        v.put("registrationDate", "2026-03-02");
        v.put("arrivalDate", "2026-02-20");
        v.put("migrantName", "王丽");
        v.put("migrantIdNumber", MIGRANT_ID);
        v.put("hukouPlace", "安徽省合肥市瑶海区");
        v.put("residenceAddress", "春江镇圩塘村8号");
        v.put("employer", "常州新北精密机械有限公司");
        v.put("certificatePresented", false);
        v.put("servicesInformed", true);
        v.put("servicesNote", "免费发放避孕药具");
        return v;
    }

    static Map<String, Object> arrivalWithCertificate() {
        Map<String, Object> v = arrivalWithoutCertificate();
        v.put("certificatePresented", true);
        v.put("certificateIssuer", "合肥市瑶海区红光街道");
        v.put("certificateNumber", "皖流婚〔2026〕0456号");
        v.put("certificateValidUntil", "2029-01-31");
        return v;
    }

    @Test
    void aPresentedCertificateIsRecordedAndTheCaseIsDone() {
        ProcessInstance instance = start(arrivalWithCertificate());
        assertThat(instance).isEnded().hasPassed("EndEvent_CertificateVerified")
                .hasNotPassed("TimerEvent_SubmissionPeriodOver");
        assertThat(instance.getBusinessKey()).isEqualTo("MA-2026-00001");
        CaseFile caseFile = caseFile(instance);
        assertThat(caseFile.getStatus()).isEqualTo(CaseStatus.CERTIFICATE_VERIFIED);
        Map<String, Object> row = jdbc.queryForMap("select certificate_issuer, certificate_number, submission_due,"
                + " services_informed from migrant_arrival_case where case_id = ?", caseFile.getId());
        assertThat(row).containsEntry("CERTIFICATE_ISSUER", "合肥市瑶海区红光街道")
                .containsEntry("CERTIFICATE_NUMBER", "皖流婚〔2026〕0456号").containsEntry("SUBMISSION_DUE", null)
                .containsEntry("SERVICES_INFORMED", true);
        assertThat(jdbc.queryForList("select detail from case_event where case_id = ?", String.class, caseFile.getId()))
                .anyMatch(d -> d != null && d.contains("查验婚育证明：2026-02-20到达") && d.contains("已告知"));
    }

    @Test
    void aMissingCertificateAfterThirtyDaysOpensTheFollowUpAndTheWomanIsNotifiedToObtainOne() {
        ProcessInstance instance = start(arrivalWithoutCertificate());
        assertThat(instance).isWaitingAt("TimerEvent_SubmissionPeriodOver");
        assertThat(caseFile(instance).getStatus()).isEqualTo(CaseStatus.AWAITING_CERTIFICATE);
        // 30 days from the arrival on 2026-02-20 (art. 8 para 1), not from the registration.
        assertThat(job().getDuedate()).isEqualTo(CaseTestSupport.endOf(LocalDate.of(2026, 3, 22)));
        assertThat(runtimeService.getVariable(instance.getId(), "migrantIdNumber")).isEqualTo("340104********0026");

        CaseTestSupport.clockAt(LocalDate.of(2026, 3, 23));
        execute(job());
        assertThat(instance).isWaitingAt("Task_FollowUp");
        assertThat(task()).hasCandidateGroup("chunjiang-clerk");
        assertThat(caseFile(instance).getStatus()).isEqualTo(CaseStatus.CERTIFICATE_FOLLOW_UP);
        // 5 working days from Monday 2026-03-23
        assertThat(task().getDueDate()).isEqualTo(CaseTestSupport.endOf(LocalDate.of(2026, 3, 30)));

        assertThatThrownBy(() -> complete(task(), withVariables("followUpOutcome", "FINE")))
                .hasMessageContaining("请选择督促结果");
        complete(task(), withVariables("followUpOutcome", "NOTIFIED"));
        // Art. 23: the case waits the 3 months, then the town criticises and educates (no fine).
        assertThat(instance).isWaitingAt("TimerEvent_MakeUpPeriodOver").hasPassed("Task_FollowUp");
        CaseFile notified = caseFile(instance);
        assertThat(notified.getStatus()).isEqualTo(CaseStatus.MAKE_UP_NOTIFIED);
        assertThat(notified.getStatus().isOpen()).isTrue();
        assertThat(jdbc.queryForObject("select make_up_due from migrant_arrival_case where case_id = ?", String.class,
                notified.getId())).isEqualTo("2026-06-23");
        assertThat(job().getDuedate()).isEqualTo(CaseTestSupport.endOf(LocalDate.of(2026, 6, 23)));
        assertThat(jdbc.queryForList("select detail from case_event where case_id = ?", String.class, notified.getId()))
                .anyMatch(d -> d != null && d.contains("已通知其在3个月内（至2026-06-23）补办婚育证明")
                        && d.contains("条例未规定罚款"));

        CaseTestSupport.clockAt(LocalDate.of(2026, 6, 24));
        execute(job());
        assertThat(instance).isWaitingAt("Task_Admonish");
        assertThat(task()).hasCandidateGroup("chunjiang-clerk");
        assertThat(caseFile(instance).getStatus()).isEqualTo(CaseStatus.MAKE_UP_OVERDUE);
        assertThat(runtimeService.getVariable(instance.getId(), "makeUpSummary"))
                .isEqualTo("2026-03-23通知其在3个月内补办，期限至2026-06-23");
        assertThatThrownBy(() -> complete(task(), withVariables("admonishOutcome", "FINE")))
                .hasMessageContaining("请选择办理结果");
        assertThatThrownBy(() -> complete(task(), withVariables("admonishOutcome", "ADMONISHED")))
                .hasMessageContaining("请填写批评教育情况");
        complete(task(), withVariables("admonishOutcome", "ADMONISHED", "admonishNote", "2026-06-25到其住处当面批评教育"));
        assertThat(instance).isEnded().hasPassed("Task_Admonish", "EndEvent_Admonished");
        CaseFile admonished = caseFile(instance);
        assertThat(admonished.getStatus()).isEqualTo(CaseStatus.ADMONISHED);
        assertThat(admonished.getOutcome()).isEqualTo("ADMONISHED");
        assertThat(jdbc.queryForList("select detail from case_event where case_id = ?", String.class, admonished.getId()))
                .anyMatch(d -> d != null && d.contains("已批评教育") && d.contains("条例未规定罚款"));
    }

    @Test
    void aCertificatePresentedWithinTheMonthsIsRecordedAtTheLastStep() {
        ProcessInstance instance = start(arrivalWithoutCertificate());
        assertThat(instance).isWaitingAt("TimerEvent_SubmissionPeriodOver");
        CaseTestSupport.clockAt(LocalDate.of(2026, 3, 23));
        execute(job());
        complete(task(), withVariables("followUpOutcome", "NOTIFIED"));
        assertThat(instance).isWaitingAt("TimerEvent_MakeUpPeriodOver");
        CaseTestSupport.clockAt(LocalDate.of(2026, 6, 24));
        execute(job());
        assertThat(instance).isWaitingAt("Task_Admonish");
        complete(task(), withVariables("admonishOutcome", "PRESENTED", "certificateIssuer", "合肥市瑶海区红光街道",
                "certificateNumber", "皖流婚〔2026〕0789号"));
        assertThat(instance).isEnded().hasPassed("Task_Admonish");
        assertThat(caseFile(instance).getStatus()).isEqualTo(CaseStatus.CERTIFICATE_VERIFIED);
        assertThat(caseFile(instance).getOutcome()).isEqualTo("PRESENTED_LATE");
    }

    @Test
    void aCertificatePresentedLateIsRecordedAtTheFollowUp() {
        ProcessInstance instance = start(arrivalWithoutCertificate());
        assertThat(instance).isWaitingAt("TimerEvent_SubmissionPeriodOver");
        CaseTestSupport.clockAt(LocalDate.of(2026, 3, 23));
        execute(job());
        assertThat(instance).isWaitingAt("Task_FollowUp");
        assertThatThrownBy(() -> complete(task(), withVariables("followUpOutcome", "PRESENTED")))
                .hasMessageContaining("请填写婚育证明出具地");
        complete(task(), withVariables("followUpOutcome", "PRESENTED", "certificateIssuer", "合肥市瑶海区红光街道",
                "certificateNumber", "皖流婚〔2026〕0456号"));
        assertThat(instance).isEnded().hasPassed("EndEvent_FollowedUp");
        CaseFile verified = caseFile(instance);
        assertThat(verified.getStatus()).isEqualTo(CaseStatus.CERTIFICATE_VERIFIED);
        assertThat(verified.getOutcome()).isEqualTo("PRESENTED_LATE");
        assertThat(jdbc.queryForObject("select certificate_number from migrant_arrival_case where case_id = ?",
                String.class, verified.getId())).isEqualTo("皖流婚〔2026〕0456号");
    }

    @Test
    void badRegistrationsAreRefusedAtTheFieldAndNothingIsWritten() {
        Map<String, Object> notInformed = arrivalWithoutCertificate();
        notInformed.put("servicesInformed", false);
        assertRefused(notInformed, "servicesInformed", "第八条第二款");

        Map<String, Object> man = arrivalWithoutCertificate();
        man.put("migrantIdNumber", "320411198801010033");
        assertRefused(man, "migrantIdNumber", "成年育龄妇女");

        Map<String, Object> badNumber = arrivalWithoutCertificate();
        badNumber.put("migrantIdNumber", "340104199203150029");
        assertRefused(badNumber, "migrantIdNumber", "校验位");

        Map<String, Object> expired = arrivalWithCertificate();
        expired.put("certificateValidUntil", "2026-01-31");
        assertRefused(expired, "certificateValidUntil", "已过有效期");

        Map<String, Object> noNumber = arrivalWithCertificate();
        noNumber.remove("certificateNumber");
        assertRefused(noNumber, "certificateNumber", "婚育证明编号为必填项");

        Map<String, Object> arrivedLater = arrivalWithoutCertificate();
        arrivedLater.put("arrivalDate", "2026-03-05");
        assertRefused(arrivedLater, "arrivalDate", "不能晚于登记日期");
    }

    @Test
    void anOpenRegistrationOfTheSameWomanIsRefused() {
        start(arrivalWithoutCertificate());
        assertRefused(arrivalWithoutCertificate(), "migrantIdNumber", "已有未办结的流入登记（案件编号MA-2026-00001）");
    }

    private void assertRefused(Map<String, Object> variables, String field, String message) {
        long instances = runtimeService.createProcessInstanceQuery().count();
        long caseCount = cases.count();
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("migrantArrival", new HashMap<>(variables)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> {
                            assertThat(v.field()).isEqualTo(field);
                            assertThat(v.message()).contains(message);
                        }));
        assertThat(cases.count()).isEqualTo(caseCount);
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instances);
        assertThat(jdbc.queryForObject("select count(*) from migrant_arrival_case", Long.class)).isEqualTo(caseCount);
    }

    private ProcessInstance start(Map<String, Object> variables) {
        return CaseTestSupport.startLinked(runtimeService, jdbc, "migrantArrival", variables);
    }

    private CaseFile caseFile(ProcessInstance instance) {
        return cases.findByCaseNumber(instance.getBusinessKey()).orElseThrow();
    }
}
