package cn.gov.xinbei.pfp.audit;

import cn.gov.xinbei.pfp.secondchild.Applications;
import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 15: the police liaison confirming a hukou type sees the full ID number, only while the step is open, only
 * as someone who may work it, each view in the operation log; the number never lands in process variables.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class FullIdNumberApiTest {

    private static final String PASSWORD = "demo";

    @Autowired
    MockMvc mvc;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    HistoryService historyService;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void at2012() {
        CaseTestSupport.clockAt(LocalDate.of(2012, 3, 1));
    }

    @AfterEach
    void cleanUp() {
        identityService.clearAuthentication();
        CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
    }

    @Test
    void theLiaisonSeesTheFullNumberWhileTheStepIsOpenAndNobodyElseEver() throws Exception {
        Map<String, Object> application = Applications.ruralSingleOnlyChild();
        String wifeId = (String) application.get("wifeIdNumber");
        ProcessInstance instance = CaseTestSupport.startLinked(runtimeService, jdbc, "secondChildApproval", application);
        String caseNumber = instance.getBusinessKey();
        String url = "/api/cases/" + caseNumber + "/full-id-numbers";

        // Before the verification step: nobody, not even the police.
        mvc.perform(get(url).with(httpBasic("police.liaison", PASSWORD))).andExpect(status().isNotFound());
        complete(instance, "chunjiang.clerk", "chunjiang-clerk", Map.of("acceptanceDecision", "ACCEPT"));
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult()
                .getTaskDefinitionKey()).isEqualTo("Task_ConfirmHukouType");

        mvc.perform(get(url).with(httpBasic("police.liaison", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.persons.length()").value(1))
                .andExpect(jsonPath("$.persons[0].role").value("女方"))
                .andExpect(jsonPath("$.persons[0].idNumber").value(wifeId))
                .andExpect(jsonPath("$.step").value("出具户口性质证明"));
        assertThat(views()).isEqualTo(1);

        // Following the form's link from the Tasklist: the webapps' session, a Chinese page.
        mvc.perform(get(url).session(tasklistSession("police.liaison")).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(wifeId)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("已记入操作日志")));
        assertThat(views()).isEqualTo(2);

        for (String user : List.of("chunjiang.clerk", "chunjiang.head", "bureau.clerk", "bureau.head", "health.liaison",
                "admin")) {
            mvc.perform(get(url).with(httpBasic(user, PASSWORD))).andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.message").value(FullIdNumberController.NOT_AVAILABLE));
        }
        mvc.perform(get(url)).andExpect(status().isUnauthorized());
        mvc.perform(get(url).session(tasklistSession("chunjiang.clerk"))).andExpect(status().isNotFound());
        // The session reads only: a change still needs credentials.
        mvc.perform(post("/api/second-child/eligibility").session(tasklistSession("police.liaison"))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isUnauthorized());
        assertThat(views()).isEqualTo(2);

        complete(instance, "police.liaison", "police-liaison",
                Map.of("confirmedHukouType", "RURAL", "hukouCertificateNumber", "春派证〔2012〕18号"));
        mvc.perform(get(url).with(httpBasic("police.liaison", PASSWORD))).andExpect(status().isNotFound());
        assertThat(views()).isEqualTo(2);

        for (String table : List.of("ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL", "ACT_HI_OP_LOG")) {
            String columns = table.equals("ACT_HI_OP_LOG") ? "ORG_VALUE_ like ? or NEW_VALUE_ like ?"
                    : "TEXT_ like ? or TEXT2_ like ?";
            assertThat(jdbc.queryForObject("select count(*) from " + table + " where " + columns, Integer.class,
                    "%" + wifeId + "%", "%" + wifeId + "%")).as(table).isZero();
        }
    }

    private long views() {
        return historyService.createUserOperationLogQuery().entityType(AdministrationAudit.FULL_ID_NUMBER)
                .userId("police.liaison").operationType(AdministrationAudit.OPERATION_VIEW).list().stream()
                .map(e -> e.getOperationId()).distinct().count(); // one entry per property of one view
    }

    private MockHttpSession tasklistSession(String user) {
        Authentications authentications = new Authentications();
        authentications.addOrReplace(new UserAuthentication(user, "default"));
        MockHttpSession session = new MockHttpSession();
        session.setAttribute("authenticatedUser", authentications);
        return session;
    }

    private void complete(ProcessInstance instance, String user, String group, Map<String, Object> variables) {
        String task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
        identityService.setAuthentication(user, List.of(group));
        try {
            taskService.complete(task, new HashMap<>(variables));
        } finally {
            identityService.clearAuthentication();
        }
    }
}
