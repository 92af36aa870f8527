package cn.gov.xinbei.pfp.birthregistration;

import cn.gov.xinbei.pfp.casefile.CaseFile;
import cn.gov.xinbei.pfp.casefile.CaseFileRepository;
import cn.gov.xinbei.pfp.casefile.CaseStatus;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Permissions;
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
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/** One test per path of birthRegistration, on the 2026 calendar (published: 国办发明电〔2025〕7号). */
@SpringBootTest
@ActiveProfiles("test")
class BirthRegistrationProcessTest {

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
    void theTownRegistersAndTheCertificateNumberIsOnTheCaseAndTheTimeline() {
        ProcessInstance instance = start(Registrations.secondChildBeforeBirth());
        assertThat(instance).isWaitingAt("Task_TownRegistration");
        assertThat(instance.getBusinessKey()).isEqualTo("BR-2026-00001");
        assertThat(task()).hasCandidateGroup("chunjiang-clerk");
        // 10 working days from Monday 2026-03-02 (no holiday in March 2026)
        assertThat(task().getDueDate()).isEqualTo(CaseTestSupport.endOf(LocalDate.of(2026, 3, 16)));
        assertThat(caseFile(instance).getStatus()).isEqualTo(CaseStatus.REGISTRATION_REQUESTED);
        // The town's clerks and supervisors read the case; the ID numbers in the engine are masked, the phone is not there.
        assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.PROCESS_INSTANCE)
                .resourceId(instance.getId()).list())
                .extracting(a -> a.getGroupId()).containsExactlyInAnyOrder("chunjiang-clerk", "chunjiang-supervisor");
        assertThat(runtimeService.getVariable(instance.getId(), "wifeIdNumber")).isEqualTo("320411********0061");
        assertThat(runtimeService.getVariables(instance.getId())).doesNotContainKey("contactPhone")
                .containsEntry("townBasisLabel", "女方户籍所在地：春江镇魏村12号")
                .containsEntry("childSummary", "第2个子女（生育前登记，预产期2026-08-20）");
        assertThat((String) runtimeService.getVariable(instance.getId(), "eligibilityArticle")).contains("2021年修正");
        // the deadline desk's row of the step, with the case kind
        assertThat(jdbc.queryForObject("select c.case_kind from case_step s join case_file c on c.id = s.case_id"
                + " where s.step_key = 'Task_TownRegistration'", String.class)).isEqualTo("BIRTH_REGISTRATION");

        complete(task(), withVariables("registrationDecision", "REGISTER"));
        assertThat(instance).isEnded().hasPassed("ServiceTask_IssueServiceCertificate", "EndEvent_Registered");
        CaseFile registered = caseFile(instance);
        assertThat(registered.getStatus()).isEqualTo(CaseStatus.BIRTH_REGISTERED);
        assertThat(registered.getOutcome()).isEqualTo("REGISTERED");
        assertThat(jdbc.queryForObject("select certificate_number from birth_registration_case where case_id = ?",
                String.class, registered.getId())).isEqualTo("新生育服务证〔2026〕00001号");
        assertThat(jdbc.queryForList("select detail from case_event where case_id = ?", String.class, registered.getId()))
                .anyMatch(d -> d != null && d.contains("准予生育登记，发放《生育服务证》，编号新生育服务证〔2026〕00001号"));

        // The next registration of the year gets the next number.
        ProcessInstance first = start(Registrations.firstChildAfterBirth());
        complete(taskOf(first), withVariables("registrationDecision", "REGISTER"));
        assertThat(jdbc.queryForObject("select certificate_number from birth_registration_case where case_id = ?",
                String.class, caseFile(first).getId())).isEqualTo("新生育服务证〔2026〕00002号");
    }

    @Test
    void theTownRefusesInWritingWithReasonsAndRemedies() {
        ProcessInstance instance = start(Registrations.secondChildBeforeBirth());
        assertThat(instance).isWaitingAt("Task_TownRegistration");
        assertThatThrownBy(() -> complete(task(), withVariables("registrationDecision", "REFUSE")))
                .hasMessageContaining("请填写不予登记的理由");
        assertThat(instance).isWaitingAt("Task_TownRegistration");

        complete(task(), withVariables("registrationDecision", "REFUSE",
                "refusalReasons", "经核实，双方提交的结婚证系伪造，婚姻关系不能确认"));
        assertThat(instance).isEnded().hasPassed("ServiceTask_WriteRefusal", "EndEvent_Refused");
        CaseFile refused = caseFile(instance);
        assertThat(refused.getStatus()).isEqualTo(CaseStatus.REGISTRATION_REFUSED);
        String notice = jdbc.queryForObject("select refusal_notice from birth_registration_case where case_id = ?",
                String.class, refused.getId());
        assertThat(notice).startsWith("不予生育登记。理由：经核实，双方提交的结婚证系伪造")
                .contains("作出机关：春江镇")
                .contains("60日内向常州市新北区人民政府申请行政复议")
                .contains("6个月内向常州市新北区人民法院提起行政诉讼");
        assertThat(jdbc.queryForObject("select certificate_number from birth_registration_case where case_id = ?",
                String.class, refused.getId())).isNull();
    }

    @Test
    void aBirthOrderBeyondTheRegistrationIsRefusedAtTheFieldAndNothingIsWritten() {
        Map<String, Object> fourth = Registrations.secondChildBeforeBirth();
        fourth.put("birthOrder", "4");
        assertRefused(fourth, "birthOrder", "再生育审批");

        // A third child before the three-child rule (2021-08-20): registered and born in 2020.
        CaseTestSupport.clockAt(LocalDate.of(2020, 6, 1));
        Map<String, Object> third = Registrations.secondChildBeforeBirth();
        third.put("registrationDate", "2020-06-01");
        third.put("birthOrder", 3);
        third.put("birthDate", "2020-10-01");
        assertRefused(third, "birthOrder", "第三个子女自2021-08-20起才实行生育登记");
    }

    @Test
    void aRegistrationDatedBefore2016IsRefusedAsTheApprovalEra() {
        CaseTestSupport.clockAt(LocalDate.of(2015, 12, 1));
        Map<String, Object> in2015 = Registrations.secondChildBeforeBirth();
        in2015.put("registrationDate", "2015-12-01");
        in2015.put("birthDate", "2016-05-01");
        assertRefused(in2015, "registrationDate", "生育登记自2016-01-01起实行");

        // A 补登 in 2026 of a child born in 2015 is refused at the birth date.
        CaseTestSupport.clockAt(LocalDate.of(2026, 3, 2));
        Map<String, Object> bornIn2015 = Registrations.firstChildAfterBirth();
        bornIn2015.put("birthDate", "2015-11-30");
        assertRefused(bornIn2015, "birthDate", "早于生育登记制度实行之日");
    }

    @Test
    void theSameChildRegisteredMeanwhileLeadsToTheRefusalThroughTheBpmnError() {
        ProcessInstance instance = start(Registrations.secondChildBeforeBirth());
        // Meanwhile the husband's residence town registered the same child (both started before either decided).
        jdbc.update("insert into case_file (id, case_number, case_kind, town_slug, status, title, applied_on, created_at,"
                + " updated_at, version, closed_on, outcome) values ('other-town', 'BR-2026-00099', 'BIRTH_REGISTRATION',"
                + " 'menghe', 'BIRTH_REGISTERED', '周敏、李强 生育登记（第2个子女）', '2026-03-01', CURRENT_TIMESTAMP,"
                + " CURRENT_TIMESTAMP, 0, '2026-03-01', 'REGISTERED')");
        jdbc.update("insert into case_party (id, case_id, party_role, full_name, id_number, id_number_masked)"
                + " values ('other-town-wife', 'other-town', 'WIFE', '周敏', ?, '320411********0061')",
                Registrations.WIFE_ID);
        jdbc.update("insert into birth_registration_case (case_id, town_basis, town_basis_address, marriage_date,"
                + " birth_order, birth_timing, birth_date, identity_seen, marriage_certificate_seen, commitment_given,"
                + " contact_phone, article, rule_reason, decision, certificate_number) values ('other-town',"
                + " 'HUSBAND_RESIDENCE', '孟河镇通江路1号', '2015-10-01', 2, 'BEFORE_BIRTH', '2026-08-20', true, true,"
                + " false, '13812345678', '人口与计划生育法', '第2个子女', 'REGISTERED', '新生育服务证〔2026〕00099号')");

        assertThat(instance).isWaitingAt("Task_TownRegistration");
        complete(task(), withVariables("registrationDecision", "REGISTER"));
        assertThat(instance).isEnded().hasPassed("BoundaryEvent_AlreadyRegistered", "ServiceTask_WriteRefusal",
                "EndEvent_Refused").hasNotPassed("EndEvent_Registered");
        CaseFile refused = caseFile(instance);
        assertThat(refused.getStatus()).isEqualTo(CaseStatus.REGISTRATION_REFUSED);
        assertThat(jdbc.queryForObject("select refusal_notice from birth_registration_case where case_id = ?",
                String.class, refused.getId()))
                .contains("该夫妻的第2个子女已由孟河镇办理生育登记（案件编号BR-2026-00099，《生育服务证》新生育服务证〔2026〕00099号）");
    }

    @Test
    void anOpenRegistrationOfTheSameCoupleIsRefusedAtTheIdNumber() {
        start(Registrations.secondChildBeforeBirth());
        Map<String, Object> again = Registrations.firstChildAfterBirth();
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("birthRegistration", new HashMap<>(again)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("wifeIdNumber"))
                .hasMessageContaining("已有正在办理的生育登记");
        assertThat(cases.count()).isEqualTo(1);
    }

    private void assertRefused(Map<String, Object> variables, String field, String message) {
        long instances = runtimeService.createProcessInstanceQuery().count();
        long caseCount = cases.count();
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("birthRegistration", new HashMap<>(variables)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> {
                            assertThat(v.field()).isEqualTo(field);
                            assertThat(v.message()).contains(message);
                        }));
        assertThat(cases.count()).isEqualTo(caseCount);
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instances);
        assertThat(jdbc.queryForObject("select count(*) from birth_registration_case", Long.class)).isEqualTo(caseCount);
    }

    private ProcessInstance start(Map<String, Object> variables) {
        return CaseTestSupport.startLinked(runtimeService, jdbc, "birthRegistration", variables);
    }

    private org.camunda.bpm.engine.task.Task taskOf(ProcessInstance instance) {
        return processEngine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    private CaseFile caseFile(ProcessInstance instance) {
        return cases.findByCaseNumber(instance.getBusinessKey()).orElseThrow();
    }
}
