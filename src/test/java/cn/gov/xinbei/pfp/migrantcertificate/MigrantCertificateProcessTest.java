package cn.gov.xinbei.pfp.migrantcertificate;

import cn.gov.xinbei.pfp.casefile.CaseFile;
import cn.gov.xinbei.pfp.casefile.CaseFileRepository;
import cn.gov.xinbei.pfp.casefile.CaseStatus;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Resources;
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
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/** One test per path of migrantCertificate (流动人口婚育证明), on the 2026 calendar. */
@SpringBootTest
@ActiveProfiles("test")
class MigrantCertificateProcessTest {

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    AuthorizationService authorizationService;
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

    @Test
    void theHukouTownIssuesTheCertificateWithNumberAndValidity() {
        ProcessInstance instance = start(Certificates.marriedWomanLeavingForAnotherProvince());
        assertThat(instance).isWaitingAt("Task_TownIssue");
        assertThat(instance.getBusinessKey()).isEqualTo("MC-2026-00001");
        assertThat(task()).hasCandidateGroup("chunjiang-clerk");
        // 7 working days from Monday 2026-03-02 (no holiday in March 2026)
        assertThat(task().getDueDate()).isEqualTo(CaseTestSupport.endOf(LocalDate.of(2026, 3, 11)));
        assertThat(caseFile(instance).getStatus()).isEqualTo(CaseStatus.CERTIFICATE_REQUESTED);
        assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.PROCESS_INSTANCE)
                .resourceId(instance.getId()).list())
                .extracting(a -> a.getGroupId()).containsExactlyInAnyOrder("chunjiang-clerk", "chunjiang-supervisor");
        assertThat(runtimeService.getVariables(instance.getId())).doesNotContainKey("contactPhone")
                .containsEntry("applicantIdNumber", "320411********0061")
                .containsEntry("spouseIdNumber", "320411********0033")
                .containsEntry("familySummary", "已婚（2015-10-01结婚，配偶李强），生育子女1个；避孕节育情况：已放置宫内节育器")
                .containsEntry("caseFileFacts", CaseFileFacts.NOTHING);
        assertThat(jdbc.queryForObject("select c.case_kind from case_step s join case_file c on c.id = s.case_id"
                + " where s.step_key = 'Task_TownIssue'", String.class)).isEqualTo("MIGRANT_CERTIFICATE");
        assertThat(jdbc.queryForList("select party_role from case_party p join case_file c on c.id = p.case_id"
                + " where c.case_number = 'MC-2026-00001'", String.class)).containsExactlyInAnyOrder("APPLICANT", "HUSBAND");

        complete(task(), withVariables("certificateDecision", "ISSUE"));
        assertThat(instance).isEnded().hasPassed("ServiceTask_IssueCertificate", "EndEvent_Issued");
        CaseFile issued = caseFile(instance);
        assertThat(issued.getStatus()).isEqualTo(CaseStatus.MIGRANT_CERTIFICATE_ISSUED);
        assertThat(issued.getOutcome()).isEqualTo("ISSUED");
        Map<String, Object> row = jdbc.queryForMap("select certificate_number, valid_until, decision"
                + " from migrant_certificate_case where case_id = ?", issued.getId());
        assertThat(row.get("CERTIFICATE_NUMBER")).isEqualTo("新流动婚育证〔2026〕00001号");
        assertThat(row.get("VALID_UNTIL").toString()).isEqualTo("2029-03-01");
        assertThat(row.get("DECISION")).isEqualTo("ISSUED");
        assertThat(jdbc.queryForList("select detail from case_event where case_id = ?", String.class, issued.getId()))
                .anyMatch(d -> d != null && d.contains("出具《流动人口婚育证明》，编号新流动婚育证〔2026〕00001号，有效期至2029-03-01"));
        // The claim is given back: she may apply again (e.g. after the certificate expired).
        ProcessInstance again = start(Certificates.marriedWomanLeavingForAnotherProvince());
        complete(processEngine.getTaskService().createTaskQuery().processInstanceId(again.getId()).singleResult(),
                withVariables("certificateDecision", "ISSUE"));
        assertThat(jdbc.queryForObject("select certificate_number from migrant_certificate_case where case_id = ?",
                String.class, caseFile(again).getId())).isEqualTo("新流动婚育证〔2026〕00002号");
    }

    @Test
    void theTownRefusesInWritingWithReasonsAndRemedies() {
        ProcessInstance instance = start(Certificates.unmarriedWoman());
        assertThat(instance).isWaitingAt("Task_TownIssue");
        assertThatThrownBy(() -> complete(task(), withVariables("certificateDecision", "REFUSE")))
                .hasMessageContaining("请填写不予出具的理由");
        assertThatThrownBy(() -> complete(task(), withVariables("certificateDecision", "MAYBE")))
                .hasMessageContaining("请选择办理意见");
        assertThat(instance).isWaitingAt("Task_TownIssue");

        complete(task(), withVariables("certificateDecision", "REFUSE",
                "refusalReasons", "经核实，申请人户籍已迁出本镇，应向现户籍所在地申请"));
        assertThat(instance).isEnded().hasPassed("ServiceTask_WriteRefusal", "EndEvent_Refused")
                .hasNotPassed("ServiceTask_IssueCertificate");
        CaseFile refused = caseFile(instance);
        assertThat(refused.getStatus()).isEqualTo(CaseStatus.MIGRANT_CERTIFICATE_REFUSED);
        assertThat(jdbc.queryForObject("select refusal_notice from migrant_certificate_case where case_id = ?",
                String.class, refused.getId()))
                .startsWith("不予出具《流动人口婚育证明》。理由：经核实，申请人户籍已迁出本镇")
                .contains("作出机关：春江镇")
                .contains("60日内向常州市新北区人民政府申请行政复议")
                .contains("6个月内向常州市新北区人民法院提起行政诉讼");
        assertThat(jdbc.queryForObject("select certificate_number from migrant_certificate_case where case_id = ?",
                String.class, refused.getId())).isNull();
    }

    @Test
    void aRefusalOf2012NamesThreeMonthsToSue() {
        CaseTestSupport.clockAt(LocalDate.of(2012, 3, 1));
        Map<String, Object> in2012 = Certificates.unmarriedWoman();
        in2012.put("applicationDate", "2012-03-01");
        in2012.put("departureDate", "2012-03-15");
        ProcessInstance instance = start(in2012);
        assertThat(instance).isWaitingAt("Task_TownIssue");
        complete(task(), withVariables("certificateDecision", "REFUSE", "refusalReasons", "申请人提交的身份证与本人不符"));
        assertThat(jdbc.queryForObject("select refusal_notice from migrant_certificate_case where case_id = ?",
                String.class, caseFile(instance).getId())).contains("3个月内向常州市新北区人民法院提起行政诉讼");
    }

    @Test
    void theClerkSeesWhatTheCaseFileSaysOfHerAndHerHusband() {
        jdbc.update("insert into case_file (id, case_number, case_kind, town_slug, status, title, applied_on, created_at,"
                + " updated_at, version, closed_on, outcome) values ('earlier', 'BR-2026-00099', 'BIRTH_REGISTRATION',"
                + " 'menghe', 'BIRTH_REGISTERED', '周敏、李强 生育登记（第1个子女）', '2016-08-01', CURRENT_TIMESTAMP,"
                + " CURRENT_TIMESTAMP, 0, '2016-08-01', 'REGISTERED')");
        jdbc.update("insert into case_party (id, case_id, party_role, full_name, id_number, id_number_masked)"
                + " values ('earlier-husband', 'earlier', 'HUSBAND', '李强', ?, '320411********0033')",
                Certificates.SPOUSE_ID);
        jdbc.update("insert into two_non_hold (id, id_number, case_number, held_from, reason) values"
                + " ('hold-1', ?, 'TN-2025-00003', '2025-06-01', '非医学需要终止中期以上妊娠')", Certificates.APPLICANT_ID);

        ProcessInstance instance = start(Certificates.marriedWomanLeavingForAnotherProvince());
        assertThat(instance).isWaitingAt("Task_TownIssue");
        String facts = (String) runtimeService.getVariable(instance.getId(), "caseFileFacts");
        assertThat(facts).contains("配偶：生育登记 BR-2026-00099（2016-08-01，已办理生育登记，已发《生育服务证》）")
                .contains("申请人（320411********0061）：两非联合办案 TN-2025-00003 登记暂停再生育审批，尚未解除")
                .doesNotContain(Certificates.APPLICANT_ID);
        complete(task(), withVariables("certificateDecision", "ISSUE"));
        assertThat(jdbc.queryForObject("select case_file_facts from migrant_certificate_case where case_id = ?",
                String.class, caseFile(instance).getId())).isEqualTo(facts);
    }

    @Test
    void badApplicationsAreRefusedAtTheFieldAndNothingIsWritten() {
        Map<String, Object> man = Certificates.unmarriedWoman();
        man.put("applicantIdNumber", Certificates.SPOUSE_ID);
        assertRefused(man, "applicantIdNumber", "成年育龄妇女本人办理");

        Map<String, Object> changzhou = Certificates.unmarriedWoman();
        changzhou.put("destination", "OTHER_DISTRICT_OF_CHANGZHOU");
        assertRefused(changzhou, "destination", "第二条第（二）项");

        Map<String, Object> noMarriageCertificate = Certificates.marriedWomanLeavingForAnotherProvince();
        noMarriageCertificate.put("docMarriageCertificate", false);
        assertRefused(noMarriageCertificate, "docMarriageCertificate", "还应当出示结婚证");

        Map<String, Object> fifty = Certificates.unmarriedWoman();
        fifty.put("applicantIdNumber", "320411197001010022");
        assertRefused(fifty, "applicantIdNumber", "不属于育龄妇女");
    }

    @Test
    void anOpenApplicationOfTheSameWomanIsRefusedAtTheIdNumber() {
        start(Certificates.marriedWomanLeavingForAnotherProvince());
        assertRefused(Certificates.unmarriedWoman(), "applicantIdNumber", "已有正在办理的婚育证明申请（案件编号MC-2026-00001）");
    }

    private void assertRefused(Map<String, Object> variables, String field, String message) {
        long instances = runtimeService.createProcessInstanceQuery().count();
        long caseCount = cases.count();
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("migrantCertificate", new HashMap<>(variables)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> {
                            assertThat(v.field()).isEqualTo(field);
                            assertThat(v.message()).contains(message);
                        }));
        assertThat(cases.count()).isEqualTo(caseCount);
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instances);
        assertThat(jdbc.queryForObject("select count(*) from migrant_certificate_case", Long.class)).isEqualTo(caseCount);
    }

    private ProcessInstance start(Map<String, Object> variables) {
        return CaseTestSupport.startLinked(runtimeService, jdbc, "migrantCertificate", variables);
    }

    private CaseFile caseFile(ProcessInstance instance) {
        return cases.findByCaseNumber(instance.getBusinessKey()).orElseThrow();
    }
}
