package cn.gov.xinbei.pfp.browser;

import cn.gov.xinbei.pfp.maintenancefee.FeeReports;
import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4's browser test of a decision: the town clerk opens 送达征收决定书 in the Tasklist, finds the link to the
 * printed 《社会抚养费征收决定书》 in the form, gets the PDF behind it (signed in as herself), and records the service
 * dates, after which the case waits for payment. The case is driven to the serving step through the engine (the steps
 * before it have their own tests). Needs Chromium and chromedriver at /usr/bin, like TasklistSecondChildBrowserIT;
 * screenshots go to target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TasklistFeeDecisionBrowserIT {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcTemplate jdbc;

    private WebDriver driver;
    private WebDriverWait wait;
    private ChromeDriverService service;
    private Path profile;
    private int shot;

    @BeforeEach
    void startBrowser() throws IOException {
        CaseTestSupport.clockAt(LocalDate.of(2012, 8, 1));
        Files.createDirectories(SCREENSHOTS);
        profile = Files.createTempDirectory("chromium-profile-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--lang=zh-CN", "--window-size=1400,1000", "--user-data-dir=" + profile.toAbsolutePath());
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort().withEnvironment(Map.of("TZ", "Asia/Shanghai")).build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, TIMEOUT, Duration.ofMillis(100));
    }

    @AfterEach
    void stopBrowserAndCleanUp() throws IOException {
        try {
            if (driver != null) {
                driver.quit();
            }
            if (service != null) {
                service.stop();
            }
        } finally {
            CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
            if (profile != null) {
                try (var paths = Files.walk(profile)) {
                    paths.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
                }
            }
        }
    }

    @Test
    void townClerkPrintsTheDecisionAndRecordsItsService() throws Exception {
        ProcessInstance instance = decided();
        String caseNumber = instance.getBusinessKey();
        CaseTestSupport.clockAt(LocalDate.of(2012, 9, 7));
        try {
            signIn("chunjiang.clerk");
            openTask("本组待办", "送达征收决定书");

            WebElement link = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//form[contains(@class,'fjs-form')]//a[contains(normalize-space(.),'社会抚养费征收决定书')]")));
            String href = link.getAttribute("href");
            assertThat(href).endsWith("/api/maintenance-fee/cases/" + caseNumber + "/decision.pdf");
            screenshot("decision-link");

            HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString("chunjiang.clerk:demo".getBytes(StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(pdf.statusCode()).isEqualTo(200);
            try (PDDocument document = Loader.loadPDF(pdf.body())) {
                assertThat(new PDFTextStripper().getText(document).replaceAll("\\R", ""))
                        .contains("社会抚养费征收决定书", "新人口征决〔2012〕00001号", "张伟", "119,316.00元");
            }

            claimIfNeeded();
            date("男方送达日期", LocalDate.of(2012, 9, 7));
            date("女方送达日期", LocalDate.of(2012, 9, 7));
            screenshot("service-filled");
            wait.until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("section.task-card button[ng-click='complete()']"))).click();
            wait.until(d -> taskService.createTaskQuery().processInstanceId(instance.getId())
                    .taskDefinitionKey("Task_ServeDecision").count() == 0);
            screenshot("completed");
            assertThat(jdbc.queryForObject("select status from case_file where case_number = ?", String.class,
                    caseNumber)).isEqualTo("AWAITING_PAYMENT");
        } catch (RuntimeException | AssertionError e) {
            dumpPage("failure");
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

    // --- the Tasklist -------------------------------------------------------------------------------------------

    private void signIn(String user) {
        driver.get("http://localhost:" + port + "/camunda/app/tasklist/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form input[ng-model='username']")))
                .sendKeys(user);
        driver.findElement(By.cssSelector("form input[ng-model='password']")).sendKeys("demo");
        driver.findElement(By.cssSelector("form button[type='submit']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(filterLink("本组待办")));
    }

    private void openTask(String filterName, String taskName) {
        wait.until(ExpectedConditions.elementToBeClickable(filterLink(filterName))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//ol[contains(@class,'tasks-list')]"
                + "/li[contains(@class,'task')]//*[contains(@class,'names')]//a[normalize-space(text())='" + taskName + "']")))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("section.task-card form.fjs-form")));
    }

    private void claimIfNeeded() {
        By claim = By.cssSelector("section.task-card button.claim[ng-click='claim()']");
        By unclaim = By.cssSelector("section.task-card .unclaim");
        wait.until(d -> !d.findElements(claim).isEmpty() || !d.findElements(unclaim).isEmpty());
        if (!driver.findElements(claim).isEmpty() && driver.findElement(claim).isDisplayed()) {
            driver.findElement(claim).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(unclaim));
        }
    }

    /** A form-js date field, found by its label: typed in the picker's format (mm/dd/yyyy). */
    private void date(String labelText, LocalDate date) {
        String id = wait.ignoring(StaleElementReferenceException.class).until(d -> d.findElement(By.xpath(
                "//form[contains(@class,'fjs-form')]//label[contains(@class,'fjs-form-field-label')]"
                        + "[normalize-space(text()[1])='" + labelText + "']")).getAttribute("for"));
        driver.findElement(By.id(id)).click();
        driver.findElement(By.id(id)).sendKeys(date.format(DateTimeFormatter.ofPattern("MM/dd/yyyy")), Keys.ENTER);
        driver.findElement(By.id(id)).sendKeys(Keys.TAB);
        wait.ignoring(StaleElementReferenceException.class).until(d -> LocalDate.parse(
                Optional.ofNullable(d.findElement(By.id(id)).getAttribute("value")).orElse(""),
                DateTimeFormatter.ofPattern("M/d/yyyy")).equals(date));
    }

    private static By filterLink(String filterName) {
        return By.xpath("//section[contains(@class,'task-filters')]//a[normalize-space(text())='" + filterName + "']");
    }

    private void screenshot(String step) {
        try {
            Files.write(SCREENSHOTS.resolve(String.format("feeDecision-%02d-%s.png", ++shot, step)),
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException | RuntimeException e) {
            System.err.println("screenshot " + step + " failed: " + e);
        }
    }

    private void dumpPage(String step) {
        if (driver == null) {
            return;
        }
        screenshot(step);
        try {
            Files.writeString(SCREENSHOTS.resolve(String.format("feeDecision-%02d-%s.html", shot, step)),
                    Optional.ofNullable(driver.getPageSource()).orElse(""));
        } catch (IOException | RuntimeException e) {
            System.err.println("page source " + step + " failed: " + e);
        }
    }
}
