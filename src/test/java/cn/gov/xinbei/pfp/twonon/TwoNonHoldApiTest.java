package cn.gov.xinbei.pfp.twonon;

import cn.gov.xinbei.pfp.secondchild.Applications;
import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
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
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A hold on second-child approvals (2002 规定 art. 7) from the closure of a 两非 case to its lifting through the API,
 * end to end through the second-child registration: refused while the hold is active, registered once a bureau
 * supervisor has lifted it with a reason (config/two-non.yml: at least 10 characters).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class TwoNonHoldApiTest {

    private static final String PASSWORD = "demo";
    private static final String REASON = "经社会事业局调查核实，该妇女系因胎儿严重畸形经专家组诊断后终止妊娠，属医学需要";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TwoNonHolds holds;

    @BeforeEach
    void at2012() {
        CaseTestSupport.clockAt(LocalDate.of(2012, 3, 1));
    }

    @AfterEach
    void cleanUp() {
        CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
    }

    @Test
    void supervisorLiftsTheHoldWithAReasonAndTheWomanMayApplyAgain() throws Exception {
        String caseNumber = closedCaseWithAHoldOn(Applications.WIFE_ID);
        assertThat(holds.activeHold(Applications.WIFE_ID)).contains(caseNumber);

        // while the hold is active, the second-child registration refuses her
        mvc.perform(as("chunjiang.clerk", post("/api/second-child/applications"), Applications.onlyChildCouple()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString(caseNumber)))
                .andExpect(content().string(containsString("第七条")));

        // the bureau finds the hold of the case (ID number masked)
        mvc.perform(get("/api/two-non/cases/" + caseNumber + "/holds").with(httpBasic("health.liaison", PASSWORD)))
                .andExpect(status().isForbidden());
        JsonNode listed = json.readTree(mvc.perform(get("/api/two-non/cases/" + caseNumber + "/holds")
                        .with(httpBasic("bureau.clerk", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].idNumberMasked").value("320411********002X"))
                .andExpect(jsonPath("$[0].heldFrom").value("2012-03-01"))
                .andExpect(jsonPath("$[0].liftedOn").doesNotExist())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(Applications.WIFE_ID))))
                .andReturn().getResponse().getContentAsString());
        String holdId = listed.get(0).get("id").asText();
        String lift = "/api/two-non/holds/" + holdId + "/lift";

        // refused: not a supervisor; a reason too short (9 characters) or missing; an unknown hold. Nothing written.
        mvc.perform(as("bureau.clerk", post(lift), Map.of("reason", REASON))).andExpect(status().isForbidden());
        mvc.perform(as("chunjiang.head", post(lift), Map.of("reason", REASON))).andExpect(status().isForbidden());
        mvc.perform(as("bureau.head", post(lift), Map.of("reason", "已查清，予以解除")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("reason"))
                .andExpect(jsonPath("$.violations[0].message").value(containsString("至少10个字")));
        mvc.perform(as("bureau.head", post(lift), Map.of())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("reason"));
        mvc.perform(as("bureau.head", post("/api/two-non/holds/no-such-hold/lift"), Map.of("reason", REASON)))
                .andExpect(status().isNotFound());
        assertThat(holds.activeHold(Applications.WIFE_ID)).contains(caseNumber);
        assertThat(timelineCount(caseNumber, "HOLD_LIFTED")).isZero();

        // lifted by the bureau head, recorded in the case's timeline with the user
        CaseTestSupport.clockAt(LocalDate.of(2012, 3, 5));
        mvc.perform(as("bureau.head", post(lift), Map.of("reason", "  " + REASON + " ")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.liftedOn").value("2012-03-05"))
                .andExpect(jsonPath("$.liftedBy").value("bureau.head"))
                .andExpect(jsonPath("$.liftReason").value(REASON));
        assertThat(holds.activeHold(Applications.WIFE_ID)).isEmpty();
        mvc.perform(get("/api/cases/" + caseNumber).with(httpBasic("bureau.head", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.timeline[?(@.type == 'HOLD_LIFTED')].actor", hasItem("bureau.head")))
                .andExpect(jsonPath("$.timeline[?(@.type == 'HOLD_LIFTED')].detail",
                        hasItem("320411********002X：" + REASON)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(Applications.WIFE_ID))));
        mvc.perform(as("bureau.head", post(lift), Map.of("reason", REASON)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("该暂停已于2012-03-05解除")));
        assertThat(timelineCount(caseNumber, "HOLD_LIFTED")).isEqualTo(1);

        // and she may register a second-child application again
        mvc.perform(as("chunjiang.clerk", post("/api/second-child/applications"), Applications.onlyChildCouple()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.caseNumber").value(containsString("SC-2012-")));
    }

    /** A report through the API, one agency without a fine, closure with a hold on the woman (as the engine). */
    private String closedCaseWithAHoldOn(String idNumber) throws Exception {
        JsonNode registered = json.readTree(mvc.perform(as("bureau.clerk", post("/api/two-non/reports"),
                        Map.of("channel", "HOTLINE", "anonymous", true, "facts", "某诊所为孕妇做B超鉴定胎儿性别后引产")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        String caseNumber = registered.get("caseNumber").asText();
        String instance = registered.get("processInstanceId").asText();
        complete(taskOf(instance), Map.of("acceptanceDecision", "ACCEPT", "womenReason", "对引产妇女开展随访"));
        complete(taskService.createTaskQuery().processInstanceBusinessKey(caseNumber + "/women").singleResult(),
                Map.of("findings", "该妇女孕20周在诊所引产", "investigators", "李红、周敏", "crimeSuspected", false,
                        "penaltyProposed", false));
        complete(taskOf(instance), Map.of("reportVerified", true, "closingSummary", "举报属实，诊所另案处理",
                "holdIdNumber", idNumber, "holdReason", "孕20周非医学需要终止妊娠"));
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
        return caseNumber;
    }

    private Task taskOf(String processInstance) {
        return taskService.createTaskQuery().processInstanceId(processInstance).singleResult();
    }

    private void complete(Task task, Map<String, Object> variables) {
        taskService.complete(task.getId(), variables);
    }

    private int timelineCount(String caseNumber, String type) {
        return jdbc.queryForObject("select count(*) from case_event e join case_file c on c.id = e.case_id"
                + " where c.case_number = ? and e.event_type = ?", Integer.class, caseNumber, type);
    }

    private MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request, Map<String, Object> body)
            throws Exception {
        return request.with(httpBasic(user, PASSWORD)).contentType("application/json")
                .content(json.writeValueAsBytes(body));
    }
}
