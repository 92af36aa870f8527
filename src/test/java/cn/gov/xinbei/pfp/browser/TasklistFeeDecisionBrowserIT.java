package cn.gov.xinbei.pfp.browser;

import cn.gov.xinbei.pfp.maintenancefee.FeeCases;
import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4's browser test of a decision: the town clerk opens 送达征收决定书 in the Tasklist, finds the link to the
 * printed 《社会抚养费征收决定书》 in the form, gets the PDF behind it (signed in as herself), and records the service
 * dates, after which the case waits for payment; on the desk she finds the case and opens the same PDF from its page. The case is driven to the serving step through the engine (the steps
 * before it have their own tests). Works the Tasklist through {@link TasklistPage} in a {@link Browser}, like
 * TasklistSecondChildBrowserIT; screenshots go to target/screenshots/.
 */
class TasklistFeeDecisionBrowserIT extends TasklistBrowserTest {

    @Autowired
    ManagementService managementService;

    @Override
    protected LocalDate startDay() {
        return LocalDate.of(2012, 8, 1);
    }

    @Test
    void townClerkPrintsTheDecisionAndRecordsItsService() throws Exception {
        ProcessInstance instance = FeeCases.decided(runtimeService, taskService, managementService);
        String caseNumber = instance.getBusinessKey();
        CaseTestSupport.clockAt(LocalDate.of(2012, 9, 7));
        try {
            tasklist.signIn("chunjiang.clerk", "demo");
            tasklist.openTaskInFilter("本组待办", "送达征收决定书");

            String href = tasklist.form().linkTarget("社会抚养费征收决定书");
            assertThat(href).endsWith("/api/maintenance-fee/cases/" + caseNumber + "/decision.pdf");
            browser.screenshot("decision-link");

            HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString("chunjiang.clerk:demo".getBytes(StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(pdf.statusCode()).isEqualTo(200);
            try (PDDocument document = Loader.loadPDF(pdf.body())) {
                assertThat(new PDFTextStripper().getText(document).replaceAll("\\R", ""))
                        .contains("社会抚养费征收决定书", "新人口征决〔2012〕00001号", "张伟", "119,316.00元");
            }

            tasklist.claimIfNeeded();
            tasklist.form().date("男方送达日期", LocalDate.of(2012, 9, 7));
            tasklist.form().date("女方送达日期", LocalDate.of(2012, 9, 7));
            browser.screenshot("service-filled");
            tasklist.completeTask("送达征收决定书");
            browser.await().until(d -> taskService.createTaskQuery().processInstanceId(instance.getId())
                    .taskDefinitionKey("Task_ServeDecision").count() == 0);
            assertThat(jdbc.queryForObject("select status from case_file where case_number = ?", String.class,
                    caseNumber)).isEqualTo("AWAITING_PAYMENT");

            // On the desk (its own sign-in, another browser): the workspace finds the case, its page lists the
            // decision, and the link opens it with the desk's session, no HTTP Basic prompt (issue 15).
            try (Browser desk = new Browser("fee-decision-desk")) {
                desk.signInToTheDesk("http://localhost:" + port + "/desk/work", "chunjiang.clerk", "demo");
                desk.driver().findElement(By.name("q")).sendKeys(caseNumber);
                desk.driver().findElement(By.cssSelector("form.desk-filters button[type='submit']")).click();
                desk.await().until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//table[@id='cases']//a[normalize-space()='" + caseNumber + "']"))).click();
                WebElement link = desk.await().until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("#case-documents a.document-link")));
                assertThat(link.getText()).isEqualTo("社会抚养费征收决定书（PDF）");
                desk.screenshot("desk-case-documents");
                Browser.Fetched fromDesk = desk.fetch(link.getAttribute("href"));
                assertThat(fromDesk.status()).isEqualTo(200);
                assertThat(fromDesk.contentType()).startsWith("application/pdf");
                try (PDDocument document = Loader.loadPDF(fromDesk.body())) {
                    assertThat(new PDFTextStripper().getText(document).replaceAll("\\R", ""))
                            .contains("社会抚养费征收决定书", "新人口征决〔2012〕00001号", "张伟");
                }
            }
        } catch (RuntimeException | AssertionError e) {
            browser.dumpPage("failure");
            throw e;
        }
    }
}
