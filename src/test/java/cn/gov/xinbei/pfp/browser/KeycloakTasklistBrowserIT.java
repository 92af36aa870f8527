package cn.gov.xinbei.pfp.browser;

import cn.gov.xinbei.pfp.assistance.process.AssistanceApplications;
import cn.gov.xinbei.pfp.assistance.process.AssistanceCases;
import cn.gov.xinbei.pfp.keycloak.KeycloakTestRealm;
import cn.gov.xinbei.pfp.maintenancefee.FeeCases;
import cn.gov.xinbei.pfp.secondchild.Applications;
import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Tasklist in the "keycloak" profile, as its users work it: each signs on at the real Keycloak's (Chinese) login
 * page in a browser of their own, and sees and works exactly what their Keycloak groups allow. Two towns' clerks each
 * see only their own town's application, the police liaison only the police's hukou check, which she completes, the
 * bureau's head reads every town's cases in Cockpit; and a town clerk opens the printed 征收决定书 from the Tasklist's
 * link with nothing but her sign-on session.
 * Cases are started through the engine; the sign-on, the lists and the forms are the browser's.
 */
@ActiveProfiles("keycloak")
@TestPropertySource(properties = {
        "XINBEI_WEB_CLIENT_SECRET=xinbei-web-demo-secret",
        "XINBEI_IDENTITY_CLIENT_SECRET=xinbei-identity-demo-secret"})
class KeycloakTasklistBrowserIT extends TasklistBrowserTest {

    private static final String PASSWORD = "demo";
    private static final String FILTER_GROUP = "本组待办";
    private static final String FILTER_ALL = "全部可见任务";
    private static final String ACCEPT = "受理申请";
    private static final String POLICE_CHECK = "派出所核实户口性质、死亡证明";

    @Autowired
    ManagementService managementService;
    @Autowired
    ProcessEngine processEngine;

    @BeforeAll
    static void keycloakRuns() throws Exception {
        KeycloakTestRealm.ensureRunning();
    }

    @Override
    protected LocalDate startDay() {
        return LocalDate.of(2012, 3, 1);
    }

    @Test
    void eachTownsClerkSeesOnlyHerTownsApplicationAndThePoliceOnlyTheirCheck() throws Exception {
        String chunjiangCase = startSecondChild("chunjiang", "320411198406120048", "320411198202030032");
        String mengheCase = startSecondChild("menghe", "320411198506120045", "320411198302030013");
        ProcessInstance assistance = AssistanceCases.pastPostings(processEngine, AssistanceApplications.ruralAward());

        try {
            tasklist.signOnThroughKeycloak(KeycloakTestRealm.URL, "chunjiang.clerk", PASSWORD);
            assertOnlyTask(tasklist, ACCEPT, chunjiangCase);
            assertThat(authorizedApps(browser)).contains("tasklist").doesNotContain("cockpit", "admin");
            assertThat(visibleProcessInstances(browser)).as("春江镇's two cases").isEqualTo(2);
        } catch (RuntimeException | AssertionError e) {
            browser.dumpPage("failure");
            throw e;
        }

        try (Browser menghe = new Browser("keycloak-menghe")) {
            TasklistPage mengheTasklist = new TasklistPage(menghe, port);
            try {
                mengheTasklist.signOnThroughKeycloak(KeycloakTestRealm.URL, "menghe.clerk", PASSWORD);
                assertOnlyTask(mengheTasklist, ACCEPT, mengheCase);
                assertThat(visibleProcessInstances(menghe)).as("孟河镇's one case").isEqualTo(1);
            } catch (RuntimeException | AssertionError e) {
                menghe.dumpPage("failure");
                throw e;
            }
        }

        try (Browser police = new Browser("keycloak-police")) {
            TasklistPage policeTasklist = new TasklistPage(police, port);
            try {
                policeTasklist.signOnThroughKeycloak(KeycloakTestRealm.URL, "police.liaison", PASSWORD);
                assertOnlyTask(policeTasklist, POLICE_CHECK, assistance.getBusinessKey());
                assertThat(authorizedApps(police)).contains("tasklist").doesNotContain("cockpit", "admin");
                // The case of its own step only (its task card shows the case number and the parties, issue 15).
                assertThat(visibleProcessInstances(police)).as("a liaison reads the case of its step only").isOne();
                assertThat(policeTasklist.form().readonlyValue("申请人公民身份号码")).isEqualTo("320411********0018");
                // The task's group by its name from the organization, though the group itself is Keycloak's.
                police.await().until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("section.task-card"), "公安分局（派出所）联络员"));
                policeTasklist.claimIfNeeded();
                policeTasklist.form().select("申请人户口性质（奖扶）", "农业户口");
                policeTasklist.form().select("配偶户口性质（奖扶，有配偶时）", "农业户口");
                policeTasklist.form().text("户口性质证明编号（奖扶）", "春派证〔2012〕31号");
                police.screenshot("police-check-filled");
                policeTasklist.completeTask(POLICE_CHECK);
            } catch (RuntimeException | AssertionError e) {
                police.dumpPage("failure");
                throw e;
            }
        }
        try (Browser head = new Browser("keycloak-bureau-head")) {
            try {
                // The bureau's head reads every town's cases in Cockpit (Chinese), signed on at Keycloak.
                head.driver().get("http://localhost:" + port + "/camunda/app/cockpit/default/");
                new TasklistPage(head, port).typeKeycloakCredentials(KeycloakTestRealm.URL, "bureau.head", PASSWORD);
                head.await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "运行中的流程实例"));
                head.screenshot("cockpit");
                assertThat(head.driver().findElement(By.tagName("body")).getText()).as("the user's name, family name first")
                        .contains("刘志强");
                assertThat(authorizedApps(head)).contains("cockpit", "tasklist").doesNotContain("admin");
                assertThat(visibleProcessInstances(head)).as("every town's cases").isEqualTo(3);
            } catch (RuntimeException | AssertionError e) {
                head.dumpPage("failure");
                throw e;
            }
        }
        Task next = taskService.createTaskQuery().processInstanceId(assistance.getId()).singleResult();
        assertThat(next.getTaskDefinitionKey()).isEqualTo("Task_BureauConfirmation");
        assertThat(jdbc.queryForList("select e.actor from case_event e join case_file c on c.id = e.case_id"
                        + " where c.case_number = ? and e.step_key = 'Task_PoliceCheck' and e.actor is not null",
                String.class, assistance.getBusinessKey()))
                .as("the check is recorded as the police liaison's, the Keycloak user").contains("police.liaison");
    }

    @Test
    void aTownClerkOpensThePrintedDecisionFromTheTasklistWithHerSignOnSession() throws Exception {
        ProcessInstance instance = FeeCases.decided(runtimeService, taskService, managementService);
        CaseTestSupport.clockAt(LocalDate.of(2012, 9, 7));
        try {
            tasklist.signOnThroughKeycloak(KeycloakTestRealm.URL, "chunjiang.clerk", PASSWORD);
            tasklist.openTaskInFilter(FILTER_GROUP, "送达征收决定书");
            String href = tasklist.form().linkTarget("社会抚养费征收决定书");
            assertThat(href).endsWith("/api/maintenance-fee/cases/" + instance.getBusinessKey() + "/decision.pdf");

            // What following the link gets: the browser sends its session cookie and no token.
            assertDecisionPdf(browser, href);

            // The desk shares the sign-on: the case page lists the decision and opens it the same way (issue 15).
            browser.driver().get("http://localhost:" + port + "/desk/cases/" + instance.getBusinessKey());
            WebElement link = browser.await().until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#case-documents a.document-link")));
            assertThat(link.getText()).isEqualTo("社会抚养费征收决定书（PDF）");
            assertDecisionPdf(browser, link.getAttribute("href"));
        } catch (RuntimeException | AssertionError e) {
            browser.dumpPage("failure");
            throw e;
        }
    }

    private static void assertDecisionPdf(Browser browser, String href) throws IOException {
        Browser.Fetched pdf = browser.fetch(href);
        assertThat(pdf.status()).as("status of %s", href).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\R", ""))
                    .contains("社会抚养费征收决定书", "张伟", "119,316.00元");
        }
    }

    /** Both of the user's lists show one task, the named one, and it is the expected case's. */
    private static void assertOnlyTask(TasklistPage tasklist, String taskName, String caseNumber) {
        for (String filter : List.of(FILTER_ALL, FILTER_GROUP)) {
            tasklist.openFilter(filter);
            assertThat(tasklist.awaitOnlyEntry(filter, taskName)).as(filter).contains(taskName);
        }
        tasklist.openTaskInFilter(FILTER_GROUP, taskName);
        assertThat(tasklist.form().readonlyValue("案件编号")).isEqualTo(caseNumber);
    }

    /** The webapps the signed-on user may open, as the webapps themselves ask. */
    private static String authorizedApps(Browser browser) {
        return fetchText(browser, "/camunda/api/admin/auth/user/default");
    }

    /** The running cases the signed-on user may read through the webapps' engine API (Cockpit's view). */
    private static int visibleProcessInstances(Browser browser) {
        String count = fetchText(browser, "/camunda/api/engine/engine/default/process-instance/count");
        return Integer.parseInt(count.replaceAll("\\D", ""));
    }

    private static String fetchText(Browser browser, String path) {
        return (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.text().then(t => done(r.status === 200 ? t : 'HTTP ' + r.status)))"
                        + ".catch(e => done('failed ' + e));", path);
    }

    private String startSecondChild(String town, String wifeId, String husbandId) {
        Map<String, Object> application = new HashMap<>(Applications.onlyChildCouple());
        application.put("townSlug", town);
        application.put("wifeIdNumber", wifeId);
        application.put("husbandIdNumber", husbandId);
        return runtimeService.startProcessInstanceByKey("secondChildApproval", application).getBusinessKey();
    }
}
