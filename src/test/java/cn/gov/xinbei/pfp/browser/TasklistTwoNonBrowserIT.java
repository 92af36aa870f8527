package cn.gov.xinbei.pfp.browser;

import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 两非 joint investigation in a real browser, from the logins of two agencies: the bureau clerk registers a report
 * through the Tasklist's start form and accepts it with two agencies (health and drugs); the health liaison signs in,
 * sees only the health investigation and completes it; the drugs liaison signs in and sees only its own. Neither
 * agency's lists show the other's task.
 * <p>
 * Same set-up as {@link TasklistSecondChildBrowserIT}: a {@link Browser} worked through {@link TasklistPage}, H2
 * (profile test), no Keycloak; screenshots and page sources of failures in target/screenshots/.
 */
class TasklistTwoNonBrowserIT extends TasklistBrowserTest {

    private static final String REPORTER = "举报人孙某";
    private static final String FILTER_MINE = "我的待办";
    private static final String FILTER_GROUP = "本组待办";
    private static final String FILTER_ALL = "全部可见任务";

    @Override
    protected LocalDate startDay() {
        return LocalDate.of(2012, 6, 4);
    }

    @Test
    void twoAgenciesEachSeeAndWorkOnlyTheirOwnInvestigation() {
        try {
            // the bureau clerk registers the report and accepts it with health and drugs
            tasklist.signIn("bureau.clerk", "demo");
            startReport();
            tasklist.openTaskInFilter(FILTER_GROUP, "受理与分办");
            String caseNumber = tasklist.form().readonlyValue("案件编号");
            assertThat(caseNumber).matches("TN-2012-\\d{5}");
            assertThat(tasklist.form().readonlyValue("举报方式")).isEqualTo("举报电话");
            assertThat(browser.driver().getPageSource()).doesNotContain(REPORTER);
            tasklist.claimIfNeeded();
            tasklist.form().radio("受理决定", "受理");
            tasklist.form().text("社会事业局（卫生）参与理由", "被举报的是春江镇某民营医院B超室医生");
            tasklist.form().text("药品监督管理局参与理由", "同一诊所向孕妇出售米非司酮");
            browser.screenshot("acceptance-filled");
            tasklist.completeTask("受理与分办");

            Task health = trackTask(caseNumber, "health");
            Task drugs = trackTask(caseNumber, "drugs");
            assertThat(candidateGroups(health)).containsExactly("health-liaison");
            assertThat(candidateGroups(drugs)).containsExactly("drugs-liaison");
            tasklist.signOut();

            // health: its own investigation only, in every list; completes it
            tasklist.signIn("health.liaison", "demo");
            assertOnlyOwnTask("health");
            tasklist.openTaskInFilter(FILTER_GROUP, "调查取证");
            assertThat(tasklist.form().readonlyValue("案件编号")).isEqualTo(caseNumber);
            assertThat(tasklist.form().readonlyValue("本部门")).isEqualTo("社会事业局（卫生）");
            tasklist.claimIfNeeded();
            tasklist.form().text("查明的事实", "该医生为孕妇做B超时告知胎儿性别，收费300元");
            tasklist.form().text("调查人员", "王强、刘洋");
            tasklist.form().radio("是否涉嫌犯罪（《刑法》第三百三十六条等）", "否");
            tasklist.form().radio("是否拟作出罚款处罚", "否");
            browser.screenshot("health-investigation-filled");
            tasklist.completeTask("调查取证");
            assertThat(taskService.createTaskQuery().taskId(health.getId()).count()).isZero();
            assertThat(taskService.createTaskQuery().processInstanceBusinessKey(caseNumber + "/health").count()).isZero();
            assertThat(taskService.createTaskQuery().taskId(drugs.getId()).singleResult().getAssignee()).isNull();
            for (String filter : List.of(FILTER_MINE, FILTER_GROUP, FILTER_ALL)) {
                tasklist.awaitEmptyFilter(filter);
            }
            tasklist.signOut();

            // drugs: its own investigation only, untouched by health
            tasklist.signIn("drugs.liaison", "demo");
            assertOnlyOwnTask("drugs");
            tasklist.openTaskInFilter(FILTER_GROUP, "调查取证");
            assertThat(tasklist.form().readonlyValue("案件编号")).isEqualTo(caseNumber);
            assertThat(tasklist.form().readonlyValue("本部门")).isEqualTo("药品监督管理局");
            assertThat(taskService.createTaskQuery().taskId(drugs.getId()).count()).isEqualTo(1);
            browser.screenshot("done");
        } catch (RuntimeException | AssertionError e) {
            browser.dumpPage("failure");
            throw e;
        }
    }

    // --- steps ------------------------------------------------------------------------------------------------

    private void startReport() {
        tasklist.openStartForm("两非联合办案");
        tasklist.form().select("举报方式", "举报电话");
        tasklist.form().text("举报人姓名", REPORTER);
        tasklist.form().text("举报人联系方式", "13900001111");
        tasklist.form().text("举报的事实", "春江镇某民营医院B超室医生为孕妇鉴定胎儿性别，每次收费300元；同一诊所出售米非司酮");
        browser.screenshot("start-form-filled");
        tasklist.submitStartForm();
    }

    /** Every list of the signed-in liaison shows one task, its agency's investigation; none shows another agency's. */
    private void assertOnlyOwnTask(String agency) {
        tasklist.awaitEmptyFilter(FILTER_MINE);
        for (String filter : List.of(FILTER_GROUP, FILTER_ALL)) {
            tasklist.openFilter(filter);
            assertThat(tasklist.awaitOnlyEntry(filter, "调查取证")).as(filter).contains("调查取证");
        }
        browser.screenshot("lists-" + agency);
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    private Task trackTask(String caseNumber, String agency) {
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber + "/" + agency).singleResult();
        assertThat(task).as("%s task of %s", agency, caseNumber).isNotNull();
        assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_Investigate");
        return task;
    }

    private List<String> candidateGroups(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId).toList();
    }
}
