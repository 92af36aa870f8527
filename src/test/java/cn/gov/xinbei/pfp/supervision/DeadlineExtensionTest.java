package cn.gov.xinbei.pfp.supervision;

import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Lawful extensions on the 2012 calendar: the second-child decision (行政许可法 art. 42, +10 working days in total)
 * can be extended, every other step is statutory; who may extend; bad input writes nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DeadlineExtensionTest {

    static final String REASON = "需向外省核实男方婚育情况，已发函待复";

    @Autowired
    MockMvc mvc;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
    }

    private SupervisionTestCases cases() {
        return new SupervisionTestCases(runtimeService, taskService);
    }

    @Test
    void bureauHeadExtendsTheDecisionByTenWorkingDays() throws Exception {
        ProcessInstance instance = cases().atDecision();
        Task decision = cases().task(instance);
        CaseTestSupport.clockAt(LocalDate.of(2012, 3, 28));
        mvc.perform(get(url(decision)).with(user("bureau.head"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("第四十二条")))
                .andExpect(content().string(containsString("尚可延长10个")));

        extend("bureau.head", decision, "10", REASON).andExpect(status().is3xxRedirection());

        // From Saturday 03-31 (worked): Sun 04-01 (worked), Qingming 04-02..04 off, 04-05, 06, 09, 10, 11, 12, 13,
        // 16, 17 -> the tenth working day is Tuesday 2012-04-17.
        assertThat(cases().task(instance).getDueDate()).isEqualTo(CaseTestSupport.endOf(LocalDate.of(2012, 4, 17)));
        assertThat(jdbc.queryForMap("select working_days, granted_by, reason, legal_basis from deadline_extension"))
                .containsEntry("WORKING_DAYS", 10).containsEntry("GRANTED_BY", "bureau.head")
                .containsEntry("REASON", REASON);
        assertThat(jdbc.queryForList("select detail from case_event where event_type = 'DEADLINE_EXTENDED'",
                String.class)).singleElement().asString()
                .startsWith("期限延长：原2012-03-31，延至2012-04-17（10个工作日），理由：" + REASON + "，依据：《中华人民共和国行政许可法》第四十二条");
        assertThat(jdbc.queryForObject("select due_on from case_file", LocalDate.class))
                .isEqualTo(LocalDate.of(2012, 4, 17));
        // The process's own extension path now refuses: the law allows one extension.
        assertThatThrownBy(() -> cases().complete(instance, Map.of("decision", "REQUEST_EXTENSION",
                "decisionReason", "再次延期")))
                .hasMessageContaining("只能延长一次");
    }

    @Test
    void extensionsCannotExceedTheMaximumInTotal() throws Exception {
        ProcessInstance instance = cases().atDecision();
        Task decision = cases().task(instance);
        extend("bureau.head", decision, "11", REASON).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("应为1到10之间")));

        extend("bureau.head", decision, "6", REASON).andExpect(status().is3xxRedirection());
        // 03-31 + 6 working days: 04-01, 04-05, 04-06, 04-09, 04-10, 04-11
        assertThat(cases().task(instance).getDueDate()).isEqualTo(CaseTestSupport.endOf(LocalDate.of(2012, 4, 11)));

        extend("bureau.head", decision, "5", REASON).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("应为1到4之间")))
                .andExpect(content().string(containsString("已延长6个工作日")));
        extend("bureau.head", decision, "4", REASON).andExpect(status().is3xxRedirection());
        // 04-11 + 4: 04-12, 04-13, 04-16, 04-17 - the same last day as one extension of 10
        assertThat(cases().task(instance).getDueDate()).isEqualTo(CaseTestSupport.endOf(LocalDate.of(2012, 4, 17)));

        extend("bureau.head", decision, "1", REASON).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("不能再延长")));
        assertThat(jdbc.queryForObject("select sum(working_days) from deadline_extension", Integer.class))
                .isEqualTo(10);
    }

    @Test
    void afterTheProcessesOwnExtensionNothingIsLeft() throws Exception {
        ProcessInstance instance = cases().atDecision();
        cases().complete(instance, Map.of("decision", "REQUEST_EXTENSION", "decisionReason", REASON));
        cases().complete(instance, Map.of("extensionApproved", true, "decisionReason", REASON));
        Task decision = cases().task(instance);
        assertThat(decision.getTaskDefinitionKey()).isEqualTo("Task_DistrictDecision");

        mvc.perform(get(url(decision)).with(user("bureau.head"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("不能再延长")))
                .andExpect(content().string(not(containsString("name=\"workingDays\""))));
        extend("bureau.head", decision, "1", REASON).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("已延长过10个工作日")));
        assertThat(jdbc.queryForObject("select count(*) from deadline_extension", Integer.class)).isZero();
    }

    @Test
    void statutoryStepsAreRefusedWithTheirBasis() throws Exception {
        ProcessInstance instance = cases().atAcceptance();
        Task acceptance = cases().task(instance);
        mvc.perform(get(url(acceptance)).with(user("chunjiang.head"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("“受理申请”的办理期限为法定期限，不能延长")))
                .andExpect(content().string(containsString("《行政许可法》第三十二条")));
        extend("bureau.head", acceptance, "3", REASON).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("法定期限，不能延长")));
        extend("chunjiang.head", acceptance, "3", REASON).andExpect(status().isBadRequest());
        assertThat(cases().task(instance).getDueDate()).isEqualTo(CaseTestSupport.endOf(LocalDate.of(2012, 3, 8)));
        assertThat(jdbc.queryForObject("select count(*) from deadline_extension", Integer.class)).isZero();
    }

    @Test
    void onlySupervisorsExtendAndATownsOnlyItsOwnSteps() throws Exception {
        Task decision = cases().task(cases().atDecision());
        // The decision is the bureau's step: the town's head may not extend it.
        mvc.perform(get(url(decision)).with(user("chunjiang.head"))).andExpect(status().isForbidden());
        extend("chunjiang.head", decision, "10", REASON).andExpect(status().isForbidden());
        for (String clerk : new String[] {"bureau.clerk", "chunjiang.clerk", "police.liaison", "admin"}) {
            extend(clerk, decision, "10", REASON).andExpect(status().isForbidden());
        }
        assertThat(jdbc.queryForObject("select count(*) from deadline_extension", Integer.class)).isZero();
    }

    @Test
    void badInputWritesNothing() throws Exception {
        ProcessInstance instance = cases().atDecision();
        Task decision = cases().task(instance);
        extend("bureau.head", decision, "10", "太短").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("延期理由：至少填写10个字")));
        extend("bureau.head", decision, "0", REASON).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("延长工作日数")));
        extend("bureau.head", decision, "十", REASON).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("延长工作日数：应为整数")));
        extend("bureau.head", decision, "", "").andExpect(status().isBadRequest());
        assertThat(cases().task(instance).getDueDate()).isEqualTo(CaseTestSupport.endOf(LocalDate.of(2012, 3, 31)));
        assertThat(jdbc.queryForObject("select count(*) from deadline_extension", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from case_event where event_type = 'DEADLINE_EXTENDED'",
                Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select extension_granted from second_child_case", Boolean.class)).isFalse();
    }

    private static String url(Task task) {
        return "/desk/steps/" + task.getId() + "/extension";
    }

    private ResultActions extend(String user, Task task, String days, String reason) throws Exception {
        return mvc.perform(post(url(task)).param("workingDays", days).param("reason", reason)
                .with(user(user)).with(csrf()));
    }
}
