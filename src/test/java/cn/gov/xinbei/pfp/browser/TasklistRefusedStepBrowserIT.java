package cn.gov.xinbei.pfp.browser;

import cn.gov.xinbei.pfp.assistance.process.AssistanceApplications;
import cn.gov.xinbei.pfp.assistance.process.AssistanceCases;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15 point 3, a clerk's refused step as the clerk sees it in the Tasklist: finance records the agent bank's
 * credit (发放机构入账到个人账户) and first clicks "complete" on the empty form (form-js's own check, in Chinese),
 * looks at the date picker (Chinese month and weekday names), then types a credit date before the transfer date. The
 * task listener refuses it; the Tasklist shows our Chinese sentence naming the field, no engine code or wrapper text,
 * and the task stays open. With the right date the step completes.
 */
class TasklistRefusedStepBrowserIT extends TasklistBrowserTest {

    private static final String CREDIT = "发放机构入账到个人账户";
    /** The transfer date the case is driven with; a credit before it is refused (AssistanceDisbursement). */
    private static final LocalDate TRANSFERRED_ON = LocalDate.of(2012, 3, 1);

    @Autowired
    ProcessEngine processEngine;

    @Override
    protected LocalDate startDay() {
        return TRANSFERRED_ON;
    }

    @Test
    void aRefusedStepShowsTheChineseReasonAndStaysOpen() throws Exception {
        ProcessInstance instance = awaitingCredit();
        try {
            tasklist.signIn("finance.liaison", "demo");
            tasklist.openTaskInFilter("本组待办", CREDIT);
            tasklist.claimIfNeeded();

            // form-js's own check of required fields, in Chinese.
            tasklist.clickComplete();
            List<String> required = tasklist.form().awaitFieldErrors();
            assertThat(required).isNotEmpty().allMatch("此项为必填项"::equals);
            assertThat(tasklist.form().fieldError("发放机构入账流水号")).isEqualTo("此项为必填项");
            // The Tasklist's own notification of that refusal has no reason of its own: it points to the fields.
            assertThat(tasklist.awaitRefusal("complete empty form")).contains("提交任务表单时出错", "请按表单中标红的提示修改后再提交");
            browser.screenshot("required-in-chinese");

            // The date picker speaks Chinese: month names and weekdays, weeks from Monday.
            List<String> headings = tasklist.form().datePickerHeadings("入账日期");
            assertThat(headings.get(0)).matches("[一二三四五六七八九十]{1,2}月");
            assertThat(headings.subList(1, headings.size())).containsExactly("一", "二", "三", "四", "五", "六", "日");

            tasklist.form().date("入账日期", TRANSFERRED_ON.minusDays(10));
            tasklist.form().text("发放机构入账流水号", "NX20120220-0007");
            tasklist.clickComplete();
            String refusal = tasklist.awaitRefusal("complete " + CREDIT);

            assertThat(refusal).contains("入账日期应在拨付日期（2012-03-01）与今天之间")
                    .doesNotContain("ENGINE-").doesNotContain("Exception").doesNotContain("Cannot submit")
                    .doesNotContain("TaskListener").doesNotContain("cn.gov");
            assertThat(tasklist.showsTask(CREDIT)).as("the task stays open in the details pane").isTrue();
            assertThat(taskService.createTaskQuery().processInstanceId(instance.getId())
                    .taskDefinitionKey("Task_RecordCredit").count()).isEqualTo(1);

            // Corrected, the same form completes the step.
            tasklist.form().date("入账日期", TRANSFERRED_ON);
            tasklist.completeTask(CREDIT);
            browser.await().until(d -> runtimeService.createProcessInstanceQuery()
                    .processInstanceId(instance.getId()).count() == 0);
        } catch (RuntimeException | AssertionError e) {
            browser.dumpPage("failure");
            throw e;
        }
        assertThat(jdbc.queryForObject("select status from case_file where case_number = ?", String.class,
                instance.getBusinessKey())).isEqualTo("CLOSED");
    }

    /** A 奖扶 case confirmed by the bureau and transferred by finance on {@link #TRANSFERRED_ON}. */
    private ProcessInstance awaitingCredit() {
        ProcessInstance instance = AssistanceCases.pastPostings(processEngine, AssistanceApplications.ruralAward());
        complete(instance, Map.of("confirmedApplicantHukou", "AGRICULTURAL", "confirmedSpouseHukou", "AGRICULTURAL",
                "hukouCertificateNumber", "春派证〔2012〕31号"));
        complete(instance, Map.of("bureauDecision", "CONFIRM"));
        complete(instance, Map.of("transferReference", "新财拨〔2012〕45号", "transferredOn", TRANSFERRED_ON.toString()));
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult()
                .getTaskDefinitionKey()).isEqualTo("Task_RecordCredit");
        return instance;
    }

    private void complete(ProcessInstance instance, Map<String, Object> variables) {
        Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        taskService.complete(task.getId(), new HashMap<>(variables));
    }
}
