package cn.gov.xinbei.pfp.browser;

import cn.gov.xinbei.pfp.secondchild.Applications;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The second-child approval in a real browser: a town clerk signs in to the Camunda Tasklist, registers an application
 * through the start form, accepts it and completes the town review, after which the case waits for the bureau.
 */
class TasklistSecondChildBrowserIT extends TasklistBrowserTest {

    @Override
    protected LocalDate startDay() {
        return LocalDate.of(2012, 6, 4);
    }

    @Test
    void townClerkRegistersAcceptsAndReviewsAnApplication() {
        try {
            tasklist.signIn("chunjiang.clerk", "demo");
            String confirmation = startApplication();

            tasklist.openTaskInFilter("本组待办", "受理申请");
            String caseNumber = tasklist.form().readonlyValue("案件编号");
            assertThat(caseNumber).matches("SC-2012-\\d{5}");
            // Issue 15: the start confirmation names the new case (scripts/start-form.js).
            assertThat(confirmation).startsWith("流程已发起").endsWith("案件编号：" + caseNumber);
            ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                    .processInstanceBusinessKey(caseNumber).singleResult();
            assertThat(instance).as("process instance of case %s", caseNumber).isNotNull();
            assertThat(caseStatus(caseNumber)).isEqualTo("REGISTERED");
            tasklist.claimIfNeeded();
            tasklist.form().radio("受理意见", "予以受理");
            browser.screenshot("acceptance-filled");
            tasklist.completeTask("受理申请");
            assertThat(caseStatus(caseNumber)).isEqualTo("ACCEPTED");

            tasklist.openTaskInFilter("本组待办", "镇（街道）审核");
            assertThat(tasklist.form().readonlyValue("案件编号")).isEqualTo(caseNumber);
            tasklist.claimIfNeeded();
            tasklist.form().radio("审核意见", "同意上报区局审批");
            tasklist.form().text("审核意见说明", "经核实，夫妻双方均为独生子女，现有一个孩子，情况属实，同意上报。");
            browser.screenshot("town-review-filled");
            tasklist.completeTask("镇（街道）审核");

            // The server: the case waits for the bureau's decision, and only the bureau's clerks can take it.
            assertThat(caseStatus(caseNumber)).isEqualTo("AWAITING_DECISION");
            List<Task> open = taskService.createTaskQuery().processInstanceId(instance.getId()).list();
            assertThat(open).extracting(Task::getTaskDefinitionKey).containsExactly("Task_DistrictDecision");
            assertThat(open.get(0).getAssignee()).isNull();
            assertThat(taskService.getIdentityLinksForTask(open.get(0).getId()))
                    .filteredOn(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                    .extracting(IdentityLink::getGroupId)
                    .containsExactly("bureau-clerk");
            // The page: nothing is left for the town clerk, in any list (the bureau's task is not even visible).
            for (String filter : List.of("我的待办", "本组待办", "全部可见任务")) {
                tasklist.awaitEmptyFilter(filter);
            }
            browser.screenshot("done");
        } catch (RuntimeException | AssertionError e) {
            browser.dumpPage("failure");
            throw e;
        }
    }

    // --- steps ------------------------------------------------------------------------------------------------

    private String startApplication() {
        tasklist.openStartForm("照顾再生育一孩审批");

        var v = Applications.onlyChildCouple();
        tasklist.form().select("女方户籍所在镇（街道）", "春江镇");
        tasklist.form().date("申请日期", LocalDate.of(2012, 6, 1));
        tasklist.form().date("结婚登记日期", LocalDate.of(2010, 10, 1));

        tasklist.form().text("女方姓名", (String) v.get("wifeName"));
        tasklist.form().text("女方公民身份号码", Applications.WIFE_ID);
        tasklist.form().select("女方户口性质", "城镇居民");
        tasklist.form().select("女方婚姻状况", "初婚");
        tasklist.form().text("女方生育子女总数（含前婚）", "1");
        tasklist.form().checkbox("女方本人为独生子女", true);
        tasklist.form().checkbox("女方为两代独生子女（本人及其父或母均为独生子女）", false);

        tasklist.form().text("男方姓名", (String) v.get("husbandName"));
        tasklist.form().text("男方公民身份号码", Applications.HUSBAND_ID);
        tasklist.form().select("男方户口性质", "城镇居民");
        tasklist.form().select("男方婚姻状况", "初婚");
        tasklist.form().text("男方生育子女总数（含前婚）", "1");
        tasklist.form().checkbox("男方本人为独生子女", true);
        tasklist.form().checkbox("男方为两代独生子女（本人及其父或母均为独生子女）", false);

        tasklist.form().text("夫妻现有共同子女数", "1");
        tasklist.form().text("其中女孩数", "0");
        tasklist.form().select("申请依据的条件", "第二十二条（六）一方为两代独生子女或夫妻均为独生子女，只有一个孩子");
        tasklist.form().checkbox("申请条件所需的特别情形已有证明", false);

        tasklist.form().checkbox("《再生育申请审批表》（经双方单位或村（居）委会签署意见）", true);
        tasklist.form().checkbox("夫妻双方居民身份证", true);
        tasklist.form().checkbox("夫妻双方户口簿", true);
        tasklist.form().checkbox("结婚证", true);
        tasklist.form().checkbox("现有子女出生医学证明", true);
        tasklist.form().checkbox("独生子女证明（《独生子女父母光荣证》等）", true);

        browser.screenshot("start-form-filled");
        String confirmation = tasklist.submitStartForm();
        System.out.println("[browser] start confirmed: " + confirmation);
        return confirmation;
    }

    private String caseStatus(String caseNumber) {
        return jdbc.queryForObject("select status from case_file where case_number = ?", String.class, caseNumber);
    }
}
