package cn.gov.xinbei.pfp.migrantarrival;

import cn.gov.xinbei.pfp.casefile.CaseFile;
import cn.gov.xinbei.pfp.casefile.CaseFileRepository;
import cn.gov.xinbei.pfp.casefile.CaseStatus;
import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 20 point 2: an accepted hiring check of a woman of childbearing age opens her arrival for the town once
 * (database key), in the upload's transaction; the town's clerk checks and completes it at 登记核实; only the system
 * starts that path.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class HrReportedArrivalTest {

    static final String HEADER = "查验日期,用人单位,姓名,公民身份号码,是否出示婚育证明,婚育证明编号";
    /** 33, from Hefei, with a certificate. */
    static final String WITH_CERTIFICATE = "2026-02-16,常州新北精密机械有限公司,王丽,340104199203150026,是,皖流婚〔2026〕0456号";
    /** 30, from Chengdu, without. */
    static final String WITHOUT = "2026-02-17,常州龙城电子有限公司,李娟,510122199505050041,否,";
    /** 56: past childbearing age, no arrival. */
    static final String OLDER = "2026-02-18,常州龙城电子有限公司,张秀英,410102197001010021,否,";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    CaseFileRepository cases;

    @BeforeEach
    void march2026() {
        init(processEngine);
        CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
        CaseTestSupport.clockAt(LocalDate.of(2026, 3, 5));
    }

    @AfterEach
    void cleanUp() {
        CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
    }

    static byte[] csv(String... lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    MockHttpServletRequestBuilder upload(String month, byte[] content) {
        return multipart("/api/department-data/uploads")
                .file(new MockMultipartFile("file", "hr.csv", "text/csv", content))
                .param("kind", "HIRING_CHECK").param("town", "chunjiang").param("month", month)
                .with(httpBasic("hr.liaison", "demo"));
    }

    @Test
    void eachHiredWomanOfChildbearingAgeGetsOneArrivalForTheTownWhateverIsUploadedAgain() throws Exception {
        mvc.perform(upload("2026-02", csv(HEADER, WITH_CERTIFICATE, WITHOUT, OLDER)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.upload.acceptedRows").value(3));
        assertThat(arrivals()).hasSize(2);
        CaseFile wang = caseOf("340104199203150026");
        assertThat(wang.getStatus()).isEqualTo(CaseStatus.REPORTED_BY_HR_STATION);
        assertThat(wang.getTownSlug()).isEqualTo("chunjiang");
        Map<String, Object> details = jdbc.queryForMap("select registration_source, certificate_presented,"
                + " certificate_number, arrival_date, services_informed, department_record_id from migrant_arrival_case"
                + " where case_id = ?", wang.getId());
        assertThat(details).containsEntry("REGISTRATION_SOURCE", "HR_REPORT").containsEntry("CERTIFICATE_PRESENTED", true)
                .containsEntry("CERTIFICATE_NUMBER", "皖流婚〔2026〕0456号").containsEntry("SERVICES_INFORMED", false);
        assertThat(details.get("DEPARTMENT_RECORD_ID")).isNotNull();
        assertThat(jdbc.queryForList("select actor from case_event where case_id = ?", String.class, wang.getId()))
                .contains("hr.liaison");
        Task check = taskOf(wang);
        assertThat(check.getTaskDefinitionKey()).isEqualTo("Task_CompleteHrRegistration");
        assertThat(taskService.getIdentityLinksForTask(check.getId())).anyMatch(l -> "chunjiang-clerk".equals(l.getGroupId()));
        assertThat(runtimeService.getVariable(check.getProcessInstanceId(), "migrantIdNumber"))
                .isEqualTo("340104********0026");
        // 5 working days from Thursday 2026-03-05
        assertThat(check.getDueDate()).isEqualTo(CaseTestSupport.endOf(LocalDate.of(2026, 3, 12)));

        // The same file again: the earlier upload, nothing written.
        mvc.perform(upload("2026-02", csv(HEADER, WITH_CERTIFICATE, WITHOUT, OLDER))).andExpect(status().isOk());
        // The same workers hired again next month by another employer: rows accepted, no second arrival.
        CaseTestSupport.clockAt(LocalDate.of(2026, 4, 2));
        mvc.perform(upload("2026-03", csv(HEADER,
                        "2026-03-02,常州新北纺织有限公司,王丽,340104199203150026,否,",
                        "2026-03-03,常州新北纺织有限公司,李娟,510122199505050041,否,")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.upload.acceptedRows").value(2));
        assertThat(arrivals()).hasSize(2);
        assertThat(jdbc.queryForObject("select count(*) from migrant_arrival_report", Integer.class)).isEqualTo(2);
    }

    @Test
    void theKeyOfTownAndIdNumberRefusesASecondReport() throws Exception {
        mvc.perform(upload("2026-02", csv(HEADER, WITHOUT))).andExpect(status().isCreated());
        String record = jdbc.queryForObject("select id from department_record", String.class);
        assertThatThrownBy(() -> jdbc.update("insert into migrant_arrival_report (town_slug, migrant_id_number,"
                + " department_record_id, reported_at) values ('chunjiang', '510122199505050041', ?, current_timestamp)",
                record)).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void aWomanAlreadyRegisteredInTheTownGetsNoSecondArrival() throws Exception {
        CaseTestSupport.startLinked(runtimeService, jdbc, "migrantArrival", handRegistration());
        mvc.perform(upload("2026-02", csv(HEADER, WITH_CERTIFICATE))).andExpect(status().isCreated());
        assertThat(arrivals()).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from migrant_arrival_report", Integer.class)).isZero();
    }

    @Test
    void theClerkCompletesTheReportWithACertificateAndTheCaseIsVerified() throws Exception {
        mvc.perform(upload("2026-02", csv(HEADER, WITH_CERTIFICATE))).andExpect(status().isCreated());
        CaseFile wang = caseOf("340104199203150026");
        Task check = taskOf(wang);

        Map<String, Object> incomplete = new HashMap<>(Map.of("certificatePresented", true,
                "certificateNumber", "皖流婚〔2026〕0456号", "servicesInformed", true));
        assertThatThrownBy(() -> taskService.complete(check.getId(), incomplete))
                .hasMessageContaining("户籍所在地为必填项").hasMessageContaining("现居住地址为必填项")
                .hasMessageContaining("婚育证明出具地为必填项");
        assertThat(taskOf(wang).getId()).isEqualTo(check.getId());
        assertThat(caseOf("340104199203150026").getStatus()).isEqualTo(CaseStatus.REPORTED_BY_HR_STATION);

        Map<String, Object> complete = new HashMap<>(incomplete);
        complete.put("hukouPlace", "安徽省合肥市瑶海区");
        complete.put("residenceAddress", "春江镇圩塘村8号");
        complete.put("certificateIssuer", "合肥市瑶海区红光街道");
        ProcessInstance instance = instanceOf(wang);
        taskService.complete(check.getId(), complete);
        assertThat(instance).isEnded().hasPassed("Task_CompleteHrRegistration", "EndEvent_CertificateVerified");
        assertThat(caseOf("340104199203150026").getStatus()).isEqualTo(CaseStatus.CERTIFICATE_VERIFIED);
        assertThat(jdbc.queryForMap("select hukou_place, certificate_issuer, services_informed from migrant_arrival_case"
                + " where case_id = ?", wang.getId())).containsEntry("HUKOU_PLACE", "安徽省合肥市瑶海区")
                .containsEntry("CERTIFICATE_ISSUER", "合肥市瑶海区红光街道").containsEntry("SERVICES_INFORMED", true);
    }

    @Test
    void withoutACertificateTheThirtyDaysRunFromTheHiringCheck() throws Exception {
        mvc.perform(upload("2026-02", csv(HEADER, WITHOUT))).andExpect(status().isCreated());
        CaseFile li = caseOf("510122199505050041");
        taskService.complete(taskOf(li).getId(), new HashMap<>(Map.of("hukouPlace", "四川省成都市新都区",
                "residenceAddress", "春江镇百丈村12号", "certificatePresented", false, "servicesInformed", true)));
        ProcessInstance instance = instanceOf(li);
        assertThat(instance).isWaitingAt("TimerEvent_SubmissionPeriodOver");
        CaseFile waiting = caseOf("510122199505050041");
        assertThat(waiting.getStatus()).isEqualTo(CaseStatus.AWAITING_CERTIFICATE);
        assertThat(waiting.getDueOn()).isEqualTo(LocalDate.of(2026, 3, 19));
    }

    @Test
    void noUserStartsTheHrPathByHand() {
        Map<String, Object> v = new HashMap<>(Map.of("townSlug", "chunjiang", "hrCheckDate", "2026-02-16",
                "migrantName", "王丽", "migrantIdNumber", "340104199203150026", "employer", "常州新北精密机械有限公司",
                "certificatePresented", false, "departmentRecordId", "x", "hrReportedBy", "chunjiang.clerk"));
        identityService.setAuthentication("chunjiang.clerk", List.of("chunjiang-clerk"));
        try {
            assertThatThrownBy(() -> runtimeService.startProcessInstanceByMessage(HrReportedArrivals.MESSAGE, v))
                    .hasMessageContaining("不能手工发起");
        } finally {
            identityService.clearAuthentication();
        }
        assertThat(arrivals()).isEmpty();
    }

    private Map<String, Object> handRegistration() {
        Map<String, Object> v = new HashMap<>();
        v.put("townSlug", "chunjiang");
        v.put("registrationDate", "2026-03-02");
        v.put("arrivalDate", "2026-02-20");
        v.put("migrantName", "王丽");
        v.put("migrantIdNumber", "340104199203150026");
        v.put("hukouPlace", "安徽省合肥市瑶海区");
        v.put("residenceAddress", "春江镇圩塘村8号");
        v.put("certificatePresented", true);
        v.put("certificateIssuer", "合肥市瑶海区红光街道");
        v.put("certificateNumber", "皖流婚〔2026〕0456号");
        v.put("servicesInformed", true);
        return v;
    }

    private List<CaseFile> arrivals() {
        return cases.findAll().stream().filter(c -> c.getCaseNumber().startsWith("MA-")).toList();
    }

    private CaseFile caseOf(String idNumber) {
        String id = jdbc.queryForObject("select case_id from case_party where id_number = ?", String.class, idNumber);
        return cases.findById(id).orElseThrow();
    }

    private Task taskOf(CaseFile caseFile) {
        return taskService.createTaskQuery().processInstanceBusinessKey(caseFile.getCaseNumber()).singleResult();
    }

    private ProcessInstance instanceOf(CaseFile caseFile) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(caseFile.getProcessInstanceId())
                .singleResult();
    }
}
