package cn.gov.xinbei.pfp.supervision;

import cn.gov.xinbei.pfp.supervision.domain.SupervisionStatus;
import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The 督办事项 desk pages: who sees which items, who answers and who reviews. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SupervisionDeskTest {

    static final String ANSWER = "材料已于3月9日补齐，经办人休假致逾期，今日起专人办理";

    @Autowired
    MockMvc mvc;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SupervisionService service;
    @Autowired
    SupervisionItems items;

    String itemId;

    @BeforeEach
    void escalateOverdueAcceptance() {
        new SupervisionTestCases(runtimeService, taskService).atAcceptance();
        CaseTestSupport.clockAt(LocalDate.of(2012, 3, 9));
        service.escalateOverdueSteps();
        itemId = items.all().get(0).id();
    }

    @AfterEach
    void cleanUp() {
        CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
    }

    @Test
    void theTownAndTheBureauSeeTheItemButAnotherTownDoesNot() throws Exception {
        for (String user : new String[] {"chunjiang.clerk", "chunjiang.head", "bureau.clerk", "bureau.head"}) {
            mvc.perform(get("/desk/supervision").with(user(user))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("SC-2012-00001")))
                    .andExpect(content().string(containsString("待答复")))
                    .andExpect(content().string(containsString("受理申请")))
                    .andExpect(content().string(containsString("春江镇经办人")));
        }
        mvc.perform(get("/desk/supervision").with(user("menghe.clerk"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("SC-2012-00001"))));
        mvc.perform(get("/desk/supervision/" + itemId).with(user("menghe.clerk"))).andExpect(status().isNotFound());
        // A liaison sees only items addressed to their group; the police have none.
        mvc.perform(get("/desk/supervision").with(user("police.liaison"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("SC-2012-00001"))));
        mvc.perform(get("/desk/supervision").with(user("admin"))).andExpect(status().isForbidden());
    }

    @Test
    void onlyTheResponsibleGroupAnswersAndOnlyItsSupervisorsReview() throws Exception {
        mvc.perform(get("/desk/supervision/" + itemId).with(user("chunjiang.clerk"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("提交答复")));
        mvc.perform(get("/desk/supervision/" + itemId).with(user("chunjiang.head"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("提交答复"))));

        // Supervisors read across groups but cannot complete another group's task.
        for (String user : new String[] {"chunjiang.head", "bureau.head", "bureau.clerk"}) {
            answer(user, ANSWER).andExpect(status().isForbidden());
        }
        answer("menghe.clerk", ANSWER).andExpect(status().isNotFound());
        answer("chunjiang.clerk", "已办理").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("督办答复：至少填写10个字")));
        assertThat(item().status()).isEqualTo(SupervisionStatus.AWAITING_ANSWER);
        assertThat(item().answer()).isNull();

        answer("chunjiang.clerk", ANSWER).andExpect(status().is3xxRedirection());
        assertThat(item().status()).isEqualTo(SupervisionStatus.AWAITING_REVIEW);
        assertThat(item().answeredBy()).isEqualTo("chunjiang.clerk");

        review("chunjiang.clerk", "ACCEPT", null).andExpect(status().isForbidden());
        review("bureau.head", "ACCEPT", null).andExpect(status().isForbidden());
        review("chunjiang.head", "RETURN", "太短").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("退回理由：至少填写10个字")));
        assertThat(item().status()).isEqualTo(SupervisionStatus.AWAITING_REVIEW);

        mvc.perform(get("/desk/supervision/" + itemId).with(user("chunjiang.head"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("提交审阅意见")))
                .andExpect(content().string(containsString(ANSWER)));
        review("chunjiang.head", "ACCEPT", null).andExpect(status().is3xxRedirection());
        assertThat(item().status()).isEqualTo(SupervisionStatus.CLOSED);
        assertThat(item().reviewedBy()).isEqualTo("chunjiang.head");
        mvc.perform(get("/desk/supervision").with(user("bureau.head"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("已办结")));
    }

    private ResultActions answer(String user, String answer) throws Exception {
        return mvc.perform(post("/desk/supervision/" + itemId + "/answer").param("answer", answer)
                .with(user(user)).with(csrf()));
    }

    private ResultActions review(String user, String decision, String reason) throws Exception {
        var request = post("/desk/supervision/" + itemId + "/review").param("reviewDecision", decision)
                .with(user(user)).with(csrf());
        if (reason != null) {
            request.param("returnReason", reason);
        }
        return mvc.perform(request);
    }

    private SupervisionItem item() {
        return items.byId(itemId).orElseThrow();
    }
}
