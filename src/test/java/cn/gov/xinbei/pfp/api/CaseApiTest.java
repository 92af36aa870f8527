package cn.gov.xinbei.pfp.api;

import cn.gov.xinbei.pfp.casefile.CaseFileRepository;
import cn.gov.xinbei.pfp.secondchild.Applications;
import com.fasterxml.jackson.databind.ObjectMapper;
import cn.gov.xinbei.pfp.maintenancefee.FeeReports;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import java.util.List;
import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The project's REST API through the whole stack: security, validation, engine, database. Demo users sign in. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CaseApiTest {

    private static final String PASSWORD = "demo";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    CaseFileRepository cases;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;

    @BeforeEach
    void at2012() {
        CaseTestSupport.clockAt(LocalDate.of(2012, 3, 1));
    }

    @AfterEach
    void cleanUp() {
        CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
    }

    @Test
    void caseListParametersAreTypedAndRefusedAtTheFieldInChinese() throws Exception {
        Map<String, String[]> cases = Map.of(
                "kind=FOO", new String[] {"kind", "FOO", "案件类型不正确"},
                "status=open", new String[] {"status", "open", "案件状态不正确"},
                "page=-1", new String[] {"page", "-1", "页码不能为负数"},
                "page=x", new String[] {"page", "x", "页码不能为负数"},
                "size=0", new String[] {"size", "0", "每页条数应在1至200之间"},
                "size=201", new String[] {"size", "201", "每页条数应在1至200之间"},
                "size=1.5", new String[] {"size", "1.5", "每页条数应在1至200之间"});
        for (String[] c : cases.values()) {
            mvc.perform(get("/api/cases").param(c[0], c[1]).with(httpBasic("bureau.head", PASSWORD)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("INVALID_INPUT"))
                    .andExpect(jsonPath("$.violations[0].field").value(c[0]))
                    .andExpect(jsonPath("$.violations[0].message").value(c[2]))
                    .andExpect(content().string(not(containsString("CaseKind"))));
        }
        // Blank means "not given".
        mvc.perform(get("/api/cases").param("kind", "").param("status", " ").param("page", "").param("size", "")
                        .with(httpBasic("bureau.head", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(50));
        mvc.perform(get("/api/cases").param("kind", "SECOND_CHILD").param("size", "200")
                        .with(httpBasic("bureau.head", PASSWORD)))
                .andExpect(status().isOk());
    }

    @Test
    void anonymousCallsAreRefusedWithAChineseMessage() throws Exception {
        mvc.perform(get("/api/cases")).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.message").value("请先登录"));
        mvc.perform(get("/engine-rest/task")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/cases").with(httpBasic("nobody", "wrong"))).andExpect(status().isUnauthorized());
    }

    @Test
    void townClerkRegistersAnApplicationAndFindsItMaskedInTheCaseList() throws Exception {
        mvc.perform(as("chunjiang.clerk", post("/api/second-child/applications"), Applications.onlyChildCouple()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/cases/SC-2012-00001"))
                .andExpect(jsonPath("$.caseNumber").value("SC-2012-00001"))
                .andExpect(jsonPath("$.eligibility.outcome").value("ELIGIBLE"))
                .andExpect(jsonPath("$.eligibility.article").value(containsString("第二十二条第（六）项")));

        mvc.perform(get("/api/cases").with(httpBasic("chunjiang.clerk", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].statusLabel").value("已登记"))
                .andExpect(jsonPath("$.items[0].parties[*].idNumberMasked", hasItem("320411********002X")))
                .andExpect(content().string(not(containsString(Applications.WIFE_ID))));
        mvc.perform(get("/api/cases").param("idNumber", Applications.WIFE_ID).with(httpBasic("bureau.clerk", PASSWORD)))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/api/cases/SC-2012-00001").with(httpBasic("chunjiang.clerk", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.timeline[*].type", hasItem("REGISTERED")))
                .andExpect(jsonPath("$.timeline[*].step", hasItem("Task_AcceptApplication")))
                // and as the desk shows them: people by name, events and sources in Chinese (issue 15)
                .andExpect(jsonPath("$.timeline[?(@.type == 'REGISTERED')].actorName", hasItem("张敏")))
                .andExpect(jsonPath("$.timeline[?(@.type == 'REGISTERED')].typeName", hasItem("登记")))
                .andExpect(jsonPath("$.timeline[*].sourceName", everyItem(not(containsString("ua=")))));
    }

    @Test
    void otherTownsAndDepartmentsCannotSeeTheCase() throws Exception {
        mvc.perform(as("chunjiang.clerk", post("/api/second-child/applications"), Applications.onlyChildCouple()))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/cases/SC-2012-00001").with(httpBasic("menghe.clerk", PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/cases").with(httpBasic("menghe.clerk", PASSWORD)))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/cases").with(httpBasic("police.liaison", PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.message").value("无权进行此操作"));
        mvc.perform(get("/api/cases/SC-2012-00001").with(httpBasic("bureau.head", PASSWORD)))
                .andExpect(status().isOk());
    }

    @Test
    void townClerksReadTheirOwnCasesVariablesInTheEngineButNotOtherTowns() throws Exception {
        mvc.perform(as("chunjiang.clerk", post("/api/second-child/applications"), Applications.onlyChildCouple()))
                .andExpect(status().isCreated());
        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("SC-2012-00001")
                .singleResult().getId();
        // What the Tasklist and /engine-rest see: the engine's own authorization checks for the signed-in user.
        try {
            identityService.setAuthentication("chunjiang.clerk", List.of("chunjiang-clerk"));
            assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(instance)
                    .variableName("caseNumber").singleResult().getValue()).isEqualTo("SC-2012-00001");
            assertThat(taskService.createTaskQuery().list()).extracting("taskDefinitionKey")
                    .containsExactly("Task_AcceptApplication");
            identityService.setAuthentication("menghe.clerk", List.of("menghe-clerk"));
            assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(instance).list()).isEmpty();
            assertThat(taskService.createTaskQuery().list()).isEmpty();
        } finally {
            identityService.clearAuthentication();
        }
    }

    @Test
    void apiIsDocumentedWithOpenApi() throws Exception {
        mvc.perform(get("/api/docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/second-child/applications'].post").exists())
                .andExpect(jsonPath("$.paths['/api/cases'].get").exists())
                .andExpect(jsonPath("$.paths['/api/calendar/working-days'].get").exists());
    }

    @Test
    void camundaFirstRunSetupCannotCreateAnAdministrator() throws Exception {
        mvc.perform(post("/camunda/api/admin/setup/default/user/create").contentType("application/json")
                        .content("{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"x\"}}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void clerkCannotRegisterForAnotherTown() throws Exception {
        mvc.perform(as("menghe.clerk", post("/api/second-child/applications"), Applications.onlyChildCouple()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("townSlug"));
        assertThat(cases.count()).isZero();
    }

    @Test
    void badInputIsNamedFieldByFieldAndWritesNothing() throws Exception {
        Map<String, Object> application = Applications.onlyChildCouple();
        application.put("wifeIdNumber", "32041119840512002Y");
        application.put("wifeName", "王".repeat(31));
        mvc.perform(as("chunjiang.clerk", post("/api/second-child/applications"), application))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[*].field", hasItem("wifeName")));
        application.put("wifeName", "王芳");
        mvc.perform(as("chunjiang.clerk", post("/api/second-child/applications"), application))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("wifeIdNumber"))
                .andExpect(jsonPath("$.violations[0].message").value(containsString("公民身份号码")));
        mvc.perform(post("/api/second-child/applications").with(httpBasic("chunjiang.clerk", PASSWORD))
                        .contentType("application/json").content("{\"townSlug\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        mvc.perform(post("/api/second-child/applications").with(httpBasic("chunjiang.clerk", PASSWORD))
                        .contentType("application/json").content("{\"wifeName\": \"" + "王".repeat(70_000) + "\"}"))
                .andExpect(status().isPayloadTooLarge());
        assertThat(cases.count()).isZero();
        assertThat(runtimeService.createProcessInstanceQuery().count()).isZero();
    }

    @Test
    void eligibilityPreCheckExplainsTheRuleAndWritesNothing() throws Exception {
        Map<String, Object> application = Applications.onlyChildCouple();
        application.put("husbandOnlyChild", false);
        application.put("conditionCode", "ART23_1");
        mvc.perform(as("chunjiang.clerk", post("/api/second-child/eligibility"), application))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("INELIGIBLE"))
                .andExpect(jsonPath("$.reason").value(containsString("农村居民")));
        assertThat(cases.count()).isZero();
    }

    @Test
    void policeLiaisonReportsAFeeCaseButCannotDecideIt() throws Exception {
        mvc.perform(as("police.liaison", post("/api/maintenance-fee/cases"), FeeReports.oneExtraChild()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/cases/MF-2012-00001"))
                .andExpect(jsonPath("$.caseNumber").value("MF-2012-00001"));
        assertThat(jdbc.queryForObject("select report_source from maintenance_fee_case", String.class))
                .isEqualTo("POLICE_REPORT");

        // Deciding happens in the Tasklist (the engine's task API, which MockMvc cannot reach: it is Jersey's servlet),
        // under the same Camunda authorizations: the police liaison neither sees nor completes the case's tasks.
        String taskId = taskService.createTaskQuery().processInstanceBusinessKey("MF-2012-00001").singleResult().getId();
        identityService.setAuthentication("police.liaison", List.of("police-liaison"));
        try {
            assertThat(taskService.createTaskQuery().processInstanceBusinessKey("MF-2012-00001").count()).isZero();
            assertThatThrownBy(() -> taskService.complete(taskId, Map.of("registrationDecision", "REGISTER")))
                    .isInstanceOf(AuthorizationException.class);
        } finally {
            identityService.clearAuthentication();
        }
        mvc.perform(get("/api/cases/MF-2012-00001").with(httpBasic("police.liaison", PASSWORD)))
                .andExpect(status().isForbidden());
        identityService.setAuthentication("chunjiang.clerk", List.of("chunjiang-clerk"));
        try {
            taskService.complete(taskId, Map.of("registrationDecision", "REGISTER"));
        } finally {
            identityService.clearAuthentication();
        }
        mvc.perform(get("/api/cases/MF-2012-00001").with(httpBasic("chunjiang.clerk", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.statusLabel").value("已立案，调查中"));
    }

    @Test
    void feeCaseIntakeRefusesDuplicatesOtherTownsAndOtherDepartments() throws Exception {
        mvc.perform(as("bureau.clerk", post("/api/maintenance-fee/cases"), FeeReports.oneExtraChild()))
                .andExpect(status().isCreated());
        mvc.perform(as("chunjiang.clerk", post("/api/maintenance-fee/cases"), FeeReports.oneExtraChild()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("childIdNumber"))
                .andExpect(jsonPath("$.violations[0].message").value(containsString("不得重复立案征收")));
        Map<String, Object> other = FeeReports.nonMaritalBirth();
        other.put("childIdNumber", "M320007777");
        other.put("childBirthDate", "2012-02-20");
        mvc.perform(as("menghe.clerk", post("/api/maintenance-fee/cases"), other))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("townSlug"));
        mvc.perform(as("finance.liaison", post("/api/maintenance-fee/cases"), other))
                .andExpect(status().isForbidden());
        other.put("fatherIdNumber", "320411198503100058");
        mvc.perform(as("chunjiang.clerk", post("/api/maintenance-fee/cases"), other))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("fatherIdNumber"))
                .andExpect(jsonPath("$.violations[0].message").value(containsString("男方")));
        assertThat(cases.count()).isEqualTo(1);
    }

    @Test
    void workingDayCalculatorIsAvailableToSignedInUsers() throws Exception {
        mvc.perform(get("/api/calendar/working-days").param("from", "2012-12-17").param("days", "20")
                        .with(httpBasic("bureau.clerk", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.due").value("2013-01-15"))
                .andExpect(jsonPath("$.provisional").value(false));
        // No notice for 2031: counted on the holiday law (元旦 Wednesday 01-01), and said so.
        mvc.perform(get("/api/calendar/working-days").param("from", "2031-01-01").param("days", "5")
                        .with(httpBasic("bureau.clerk", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.due").value("2031-01-08"))
                .andExpect(jsonPath("$.provisional").value(true))
                .andExpect(jsonPath("$.provisionalNote").value(containsString("2031年节假日安排尚未公布")));
    }

    @Test
    void twoNonReportKeepsTheReporterForTheBureauOnly() throws Exception {
        Map<String, Object> report = Map.of("channel", "LETTER", "anonymous", false, "reporterName", "举报人钱某",
                "reporterContact", "0519-88880000", "facts", "某药店向孕妇出售米非司酮");
        mvc.perform(as("chunjiang.clerk", post("/api/two-non/reports"), report)).andExpect(status().isForbidden());
        mvc.perform(as("bureau.clerk", post("/api/two-non/reports"), Map.of("channel", "LETTER", "anonymous", true,
                        "facts", " ")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("没有具体事实的举报不予登记")));
        mvc.perform(as("bureau.clerk", post("/api/two-non/reports"), report))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.caseNumber").value(containsString("TN-2012-")));
        String caseNumber = cases.findAll().get(0).getCaseNumber();

        mvc.perform(get("/api/two-non/cases/" + caseNumber + "/reporter").with(httpBasic("bureau.head", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("举报人钱某"));
        mvc.perform(get("/api/two-non/cases/" + caseNumber + "/reporter").with(httpBasic("bureau.clerk", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.contact").value("0519-88880000"));
        mvc.perform(get("/api/two-non/cases/" + caseNumber + "/reporter").with(httpBasic("drugs.liaison", PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/cases").with(httpBasic("bureau.clerk", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(caseNumber)))
                .andExpect(content().string(not(containsString("钱某"))));
        mvc.perform(get("/api/cases/" + caseNumber).with(httpBasic("bureau.clerk", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("钱某"))))
                .andExpect(content().string(not(containsString("88880000"))));
    }

    private MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request, Map<String, Object> body)
            throws Exception {
        return request.with(httpBasic(user, PASSWORD)).contentType("application/json").content(json.writeValueAsBytes(body));
    }
}
