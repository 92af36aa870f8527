package cn.gov.xinbei.pfp.browser;

import cn.gov.xinbei.pfp.maintenancefee.FeeReports;
import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4's browser test of a decision: the town clerk opens 送达征收决定书 in the Tasklist, finds the link to the
 * printed 《社会抚养费征收决定书》 in the form, gets the PDF behind it (signed in as herself), and records the service
 * dates, after which the case waits for payment. The case is driven to the serving step through the engine (the steps
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
        ProcessInstance instance = decided();
        String caseNumber = instance.getBusinessKey();
        CaseTestSupport.clockAt(LocalDate.of(2012, 9, 7));
        try {
            tasklist.signIn("chunjiang.clerk", "demo");
            tasklist.openTaskInFilter("本组待办", "送达征收决定书");

            String href = tasklist.linkTarget("社会抚养费征收决定书");
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
            tasklist.date("男方送达日期", LocalDate.of(2012, 9, 7));
            tasklist.date("女方送达日期", LocalDate.of(2012, 9, 7));
            browser.screenshot("service-filled");
            tasklist.completeTask("送达征收决定书");
            browser.await().until(d -> taskService.createTaskQuery().processInstanceId(instance.getId())
                    .taskDefinitionKey("Task_ServeDecision").count() == 0);
            assertThat(jdbc.queryForObject("select status from case_file where case_number = ?", String.class,
                    caseNumber)).isEqualTo("AWAITING_PAYMENT");
        } catch (RuntimeException | AssertionError e) {
            browser.dumpPage("failure");
            throw e;
        }
    }

    /** Registered, investigated, assessed at 4×, noticed, decided on 08-20: waiting for service. */
    private ProcessInstance decided() {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey("socialMaintenanceFee",
                new HashMap<>(FeeReports.oneExtraChild()));
        complete(instance, Map.of("registrationDecision", "REGISTER"));
        complete(instance, Map.of("investigationOutcome", "FEE_DUE", "investigator1", "王强", "investigator2", "刘洋",
                "marriageBirthHistory", "双方2008年登记结婚，2009年生育一女，2012年1月生育一子，无生育证",
                "confirmedFatherHukouType", "URBAN", "confirmedMotherHukouType", "URBAN"));
        complete(instance, Map.of());
        CaseTestSupport.clockAt(LocalDate.of(2012, 8, 13));
        complete(instance, Map.of("noticeServedOn", "2012-08-13"));
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance.getId())
                .singleResult().getId());
        complete(instance, Map.of("statementMade", false));
        CaseTestSupport.clockAt(LocalDate.of(2012, 8, 20));
        complete(instance, Map.of("decidedOn", "2012-08-20"));
        return instance;
    }

    private void complete(ProcessInstance instance, Map<String, Object> variables) {
        Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        taskService.complete(task.getId(), new HashMap<>(variables));
    }
}
