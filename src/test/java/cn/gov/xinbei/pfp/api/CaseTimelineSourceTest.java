package cn.gov.xinbei.pfp.api;

import cn.gov.xinbei.pfp.assistance.process.AssistanceApplications;
import cn.gov.xinbei.pfp.secondchild.Applications;
import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Audit "from where": every timeline entry names the request's client, or "system" for engine jobs. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CaseTimelineSourceTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void at2012() {
        CaseTestSupport.clockAt(LocalDate.of(2012, 3, 1));
    }

    @AfterEach
    void cleanUp() {
        RequestContextHolder.resetRequestAttributes();
        identityService.clearAuthentication();
        CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
    }

    @Test
    void apiRegistrationRecordsClientAddressAndUserAgentButNoIdNumber() throws Exception {
        // A user agent carrying an ID number must not put it into the timeline.
        mvc.perform(post("/api/second-child/applications").with(httpBasic("chunjiang.clerk", "demo"))
                        .with(r -> {
                            r.setRemoteAddr("10.20.30.40");
                            return r;
                        })
                        .header("User-Agent", "Mozilla/5.0 (Windows NT 6.1) " + Applications.WIFE_ID + " " + "x".repeat(300))
                        .contentType("application/json").content(json.writeValueAsBytes(Applications.onlyChildCouple())))
                .andExpect(status().isCreated());

        String expected = "ip=10.20.30.40; ua=Mozilla/5.0 (Windows NT 6.1) 320411********002X ";
        mvc.perform(get("/api/cases/SC-2012-00001").with(httpBasic("chunjiang.clerk", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.timeline[?(@.type == 'REGISTERED')].source",
                        hasItem(containsString(expected))))
                .andExpect(jsonPath("$.timeline[?(@.type == 'TASK_CREATED')].source",
                        hasItem(containsString("ip=10.20.30.40"))))
                .andExpect(jsonPath("$.timeline[*].source", everyItem(containsString("ip=10.20.30.40"))))
                .andExpect(content().string(not(containsString(Applications.WIFE_ID))));
        List<String> stored = jdbc.queryForList("select source from case_event", String.class);
        assertThat(stored).isNotEmpty().allSatisfy(source -> {
            assertThat(source).startsWith(expected).doesNotContain(Applications.WIFE_ID);
            assertThat(source.length()).isLessThanOrEqualTo(255);
        });
    }

    @Test
    void tasklistCompletionApiObjectionAndTimerAreEachRecordedWithTheirSource() throws Exception {
        String instance = runtimeService.startProcessInstanceByKey("assistanceEligibility",
                new HashMap<>(AssistanceApplications.ruralAward())).getId();
        String caseNumber = "AE-2012-00001";

        // The Tasklist: Camunda's webapp REST runs inside the same servlet request, whose attributes Spring Boot's
        // request-context filter exposes; MockMvc cannot reach that Jersey servlet, so the request is set here.
        MockHttpServletRequest tasklist = new MockHttpServletRequest("POST", "/camunda/api/engine/engine/default/task/x/submit-form");
        tasklist.setRemoteAddr("192.168.7.8");
        tasklist.addHeader("User-Agent", "Tasklist-Browser");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(tasklist));
        identityService.setAuthentication("chunjiang.clerk", List.of("chunjiang-clerk"));
        try {
            String task = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
            taskService.complete(task, Map.of("villageOpinion", "经村委会审议，情况属实", "villagePostingPlace", "魏村村务公开栏"));
        } finally {
            identityService.clearAuthentication();
            RequestContextHolder.resetRequestAttributes();
        }

        // An objection through the API while the village posting runs: the town clerk may raise it.
        mvc.perform(post("/api/assistance/cases/" + caseNumber + "/objections").with(httpBasic("chunjiang.clerk", "demo"))
                        .with(r -> {
                            r.setRemoteAddr("10.0.0.7");
                            return r;
                        })
                        .contentType("application/json").content("{\"objection\": \"村民反映申请人另有子女\"}"))
                .andExpect(status().isNoContent());

        // Back in review; complete it again and let the posting timer run as an engine job (no request).
        String review = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
        taskService.complete(review, Map.of("villageOpinion", "经核实，异议不成立", "villagePostingPlace", "魏村村务公开栏"));
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance).singleResult().getId());

        mvc.perform(get("/api/cases/" + caseNumber).with(httpBasic("bureau.head", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.timeline[?(@.type == 'TASK_COMPLETED' && @.actor == 'chunjiang.clerk')].source",
                        hasItem("ip=192.168.7.8; ua=Tasklist-Browser")))
                .andExpect(jsonPath("$.timeline[?(@.type == 'STATUS' && @.detail =~ /.*异议.*/)].source",
                        hasItem(containsString("ip=10.0.0.7"))))
                .andExpect(jsonPath("$.timeline[?(@.step == 'Task_TownReview' && @.type == 'TASK_CREATED')].source",
                        hasItem("system")));
    }
}
