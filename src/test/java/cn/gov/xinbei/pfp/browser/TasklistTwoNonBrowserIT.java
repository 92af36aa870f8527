package cn.gov.xinbei.pfp.browser;

import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The 两非 joint investigation in a real browser, from the logins of two agencies: the bureau clerk registers a report
 * through the Tasklist's start form and accepts it with two agencies (health and drugs); the health liaison signs in,
 * sees only the health investigation and completes it; the drugs liaison signs in and sees only its own. Neither
 * agency's lists show the other's task.
 * <p>
 * Same set-up as {@link TasklistSecondChildBrowserIT}: Debian Chromium and chromedriver at /usr/bin, H2 (profile test),
 * no Keycloak; screenshots and page sources of failures in target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TasklistTwoNonBrowserIT {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final LocalDateTime NOW = LocalDateTime.of(2012, 6, 4, 9, 30);
    private static final String REPORTER = "举报人孙某";
    private static final String FILTER_MINE = "我的待办";
    private static final String FILTER_GROUP = "本组待办";
    private static final String FILTER_ALL = "全部可见任务";

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;

    private WebDriver driver;
    private WebDriverWait wait;
    private ChromeDriverService service;
    private Path profile;
    private String testName;
    private int shot;
    private long started;

    @BeforeEach
    void startBrowser(TestInfo info) throws IOException {
        ClockUtil.setCurrentTime(Date.from(NOW.atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
        testName = info.getTestMethod().map(m -> m.getName()).orElse("test");
        Files.createDirectories(SCREENSHOTS);
        profile = Files.createTempDirectory("chromium-profile-");

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--lang=zh-CN", "--window-size=1400,1000", "--user-data-dir=" + profile.toAbsolutePath());
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "zh-CN,zh"));
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .withEnvironment(java.util.Map.of("TZ", "Asia/Shanghai"))
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, TIMEOUT, Duration.ofMillis(100));
        started = System.nanoTime();
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
            deleteRecursively(profile);
            CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
        }
    }

    @Test
    void twoAgenciesEachSeeAndWorkOnlyTheirOwnInvestigation() {
        try {
            // the bureau clerk registers the report and accepts it with health and drugs
            signIn("bureau.clerk");
            startReport();
            openTaskInFilter(FILTER_GROUP, "受理与分办");
            String caseNumber = readonlyValue("案件编号");
            assertThat(caseNumber).matches("TN-2012-\\d{5}");
            assertThat(readonlyValue("举报方式")).isEqualTo("举报电话");
            assertThat(driver.getPageSource()).doesNotContain(REPORTER);
            claimIfNeeded();
            radio("受理决定", "受理");
            text("社会事业局（卫生）参与理由", "被举报的是春江镇某民营医院B超室医生");
            text("药品监督管理局参与理由", "同一诊所向孕妇出售米非司酮");
            screenshot("acceptance-filled");
            completeTask("受理与分办");

            Task health = trackTask(caseNumber, "health");
            Task drugs = trackTask(caseNumber, "drugs");
            assertThat(candidateGroups(health)).containsExactly("health-liaison");
            assertThat(candidateGroups(drugs)).containsExactly("drugs-liaison");
            signOut();

            // health: its own investigation only, in every list; completes it
            signIn("health.liaison");
            assertOnlyOwnTask("health");
            openTaskInFilter(FILTER_GROUP, "调查取证");
            assertThat(readonlyValue("案件编号")).isEqualTo(caseNumber);
            assertThat(readonlyValue("本部门")).isEqualTo("health");
            claimIfNeeded();
            text("查明的事实", "该医生为孕妇做B超时告知胎儿性别，收费300元");
            text("调查人员", "王强、刘洋");
            radio("是否涉嫌犯罪（《刑法》第三百三十六条等）", "否");
            radio("是否拟作出罚款处罚", "否");
            screenshot("health-investigation-filled");
            completeTask("调查取证");
            assertThat(taskService.createTaskQuery().taskId(health.getId()).count()).isZero();
            assertThat(taskService.createTaskQuery().processInstanceBusinessKey(caseNumber + "/health").count()).isZero();
            assertThat(taskService.createTaskQuery().taskId(drugs.getId()).singleResult().getAssignee()).isNull();
            for (String filter : List.of(FILTER_MINE, FILTER_GROUP, FILTER_ALL)) {
                openFilter(filter);
                wait.until(d -> taskListEntries().isEmpty() && "0".equals(filterCount(filter)));
            }
            signOut();

            // drugs: its own investigation only, untouched by health
            signIn("drugs.liaison");
            assertOnlyOwnTask("drugs");
            openTaskInFilter(FILTER_GROUP, "调查取证");
            assertThat(readonlyValue("案件编号")).isEqualTo(caseNumber);
            assertThat(readonlyValue("本部门")).isEqualTo("drugs");
            assertThat(taskService.createTaskQuery().taskId(drugs.getId()).count()).isEqualTo(1);
            screenshot("done");
        } catch (RuntimeException | AssertionError e) {
            dumpPage("failure");
            throw e;
        }
    }

    // --- steps ------------------------------------------------------------------------------------------------

    private void signIn(String user) {
        driver.get("http://localhost:" + port + "/camunda/app/tasklist/");
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("form input[ng-model='username']")));
        name.sendKeys(user);
        driver.findElement(By.cssSelector("form input[ng-model='password']")).sendKeys("demo");
        driver.findElement(By.cssSelector("form button[type='submit']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(filterLink(FILTER_GROUP)));
        screenshot("signed-in-" + user);
    }

    /** Ends the session: the webapps keep the sign-in in the server session, found by its cookie. */
    private void signOut() {
        driver.manage().deleteAllCookies();
        ((JavascriptExecutor) driver).executeScript("window.localStorage.clear(); window.sessionStorage.clear();");
        driver.get("about:blank");
    }

    private void startReport() {
        driver.findElement(By.cssSelector("li.start-process-action a")).click();
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//div[contains(@class,'modal')]//ul[contains(@class,'processes')]//a[normalize-space()='两非联合办案']")))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal form.fjs-form")));
        select("举报方式", "举报电话");
        text("举报人姓名", REPORTER);
        text("举报人联系方式", "13900001111");
        text("举报的事实", "春江镇某民营医院B超室医生为孕妇鉴定胎儿性别，每次收费300元；同一诊所出售米非司酮");
        screenshot("start-form-filled");
        driver.findElement(By.cssSelector(".modal-footer button[ng-click='startProcessInstance()']")).click();
        awaitOutcome("start", By.cssSelector(".modal-dialog"),
                By.cssSelector(".notifications .alert-info .status, .notifications .alert-success .status"));
        screenshot("started");
    }

    /** Every list of the signed-in liaison shows one task, its agency's investigation; none shows another agency's. */
    private void assertOnlyOwnTask(String agency) {
        openFilter(FILTER_MINE);
        wait.until(d -> taskListEntries().isEmpty() && "0".equals(filterCount(FILTER_MINE)));
        for (String filter : List.of(FILTER_GROUP, FILTER_ALL)) {
            openFilter(filter);
            wait.until(d -> taskListEntries().size() == 1 && "1".equals(filterCount(filter)));
            assertThat(taskListEntries().get(0)).as(filter).contains("调查取证");
        }
        screenshot("lists-" + agency);
    }

    private void openFilter(String filterName) {
        // A script click: the description tooltip of the filter clicked before may lie over this link.
        ((JavascriptExecutor) driver).executeScript("arguments[0].click();",
                wait.until(ExpectedConditions.elementToBeClickable(filterLink(filterName))));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//section[contains(@class,'task-filters')]"
                + "//div[contains(@class,'task-filter')][contains(@class,'active')]//a[normalize-space(text())='" + filterName + "']")));
    }

    private void openTaskInFilter(String filterName, String taskName) {
        openFilter(filterName);
        By task = By.xpath("//ol[contains(@class,'tasks-list')]/li[contains(@class,'task')]"
                + "//*[contains(@class,'names')]//a[normalize-space(text())='" + taskName + "']");
        try {
            wait.until(ExpectedConditions.elementToBeClickable(task)).click();
        } catch (TimeoutException e) {
            fail("task " + taskName + " not listed in filter " + filterName + "; the list shows " + taskListEntries(), e);
        }
        wait.until(ExpectedConditions.visibilityOfElementLocated(openTask(taskName)));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("section.task-card form.fjs-form")));
        screenshot("task-" + taskName);
    }

    private String filterCount(String filterName) {
        return driver.findElements(By.xpath("//section[contains(@class,'task-filters')]//div[contains(@class,'task-filter')]"
                        + "[contains(@class,'active')]//a[normalize-space(text())='" + filterName + "']/span[contains(@class,'counter')]"))
                .stream().map(TasklistTwoNonBrowserIT::safeText).findFirst().orElse("");
    }

    private List<String> taskListEntries() {
        return driver.findElements(By.cssSelector(".tasks-list li.task")).stream()
                .map(TasklistTwoNonBrowserIT::safeText).toList();
    }

    private void claimIfNeeded() {
        By claimButton = By.cssSelector("section.task-card button.claim[ng-click='claim()']");
        By unclaim = By.cssSelector("section.task-card .unclaim");
        wait.until(d -> !d.findElements(claimButton).isEmpty() || !d.findElements(unclaim).isEmpty());
        List<WebElement> claim = driver.findElements(claimButton);
        if (!claim.isEmpty() && claim.get(0).isDisplayed()) {
            claim.get(0).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(unclaim));
        }
    }

    private void completeTask(String taskName) {
        By complete = By.cssSelector("section.task-card button[ng-click='complete()']");
        // The acceptance form is long: bring the button out from under the page footer before clicking it.
        scrollIntoView(wait.until(ExpectedConditions.elementToBeClickable(complete)));
        wait.until(ExpectedConditions.elementToBeClickable(complete)).click();
        awaitOutcome("complete " + taskName, openTask(taskName), null);
        screenshot("completed-" + taskName);
    }

    /** As in TasklistSecondChildBrowserIT: waits for the pending element to go, failing at once on an error shown. */
    private String awaitOutcome(String what, By pending, By confirmation) {
        AtomicReference<String> confirmed = new AtomicReference<>(confirmation == null ? "" : null);
        String error;
        try {
            error = wait.until(d -> {
                for (WebElement alert : d.findElements(By.cssSelector(".notifications .alert-danger, .alert-danger .message"))) {
                    if (safeDisplayed(alert) && !safeText(alert).isBlank()) {
                        return "server: " + safeText(alert);
                    }
                }
                for (WebElement invalid : d.findElements(By.cssSelector(".fjs-form-field-error"))) {
                    if (safeDisplayed(invalid) && !safeText(invalid).isBlank()) {
                        return "form: " + safeText(invalid);
                    }
                }
                if (confirmed.get() == null) {
                    d.findElements(confirmation).stream().filter(this::safeDisplayed).findFirst()
                            .ifPresent(e -> confirmed.set(safeText(e)));
                }
                boolean done = d.findElements(pending).stream().noneMatch(this::safeDisplayed);
                return done && confirmed.get() != null ? "" : null;
            });
        } catch (TimeoutException e) {
            dumpPage(what.replace(' ', '-') + "-timeout");
            throw e;
        }
        if (!error.isEmpty()) {
            dumpPage(what.replace(' ', '-') + "-error");
            fail(what + " was refused: " + error);
        }
        return confirmed.get();
    }

    // --- form-js fields, located by their (Chinese) labels -------------------------------------------------------

    private static By label(String text) {
        return By.xpath("//form[contains(@class,'fjs-form')]//label[contains(@class,'fjs-form-field-label')]"
                + "[normalize-space(text()[1])='" + text + "']");
    }

    private String fieldId(String labelText) {
        return wait.ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(label(labelText)).getAttribute("for"));
    }

    private String value(String id) {
        return wait.ignoring(StaleElementReferenceException.class)
                .until(d -> Optional.ofNullable(d.findElement(By.id(id)).getAttribute("value")).orElse(""));
    }

    private void text(String labelText, String value) {
        String id = fieldId(labelText);
        scrollIntoView(driver.findElement(By.id(id)));
        driver.findElement(By.id(id)).clear();
        driver.findElement(By.id(id)).sendKeys(value);
        assertThat(value(id)).as(labelText).isEqualTo(value);
    }

    private String readonlyValue(String labelText) {
        String id = fieldId(labelText);
        wait.until(d -> !value(id).isBlank());
        return value(id);
    }

    private void select(String labelText, String option) {
        String id = fieldId(labelText);
        By display = By.id(id + "-display");
        scrollIntoView(driver.findElement(display));
        driver.findElement(display).click();
        By item = By.xpath("//*[@id='" + id + "']/ancestor::div[contains(@class,'fjs-form-field')][1]"
                + "//*[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)='" + option + "']");
        WebElement choice = wait.until(ExpectedConditions.presenceOfElementLocated(item));
        scrollIntoView(choice);
        choice.click();
        wait.ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(display).getText().trim().equals(option));
    }

    /** A form-js radio group: chooses the option whose label is exactly the given text ("受理", not "不予受理"). */
    private void radio(String groupLabel, String optionText) {
        By option = By.xpath("(//form[contains(@class,'fjs-form')]//label[contains(@class,'fjs-form-field-label')]"
                + "[normalize-space(text()[1])='" + groupLabel + "'])[1]/ancestor::div[contains(@class,'fjs-form-field')][1]"
                + "//label[normalize-space(.)='" + optionText + "']");
        WebElement label = wait.until(ExpectedConditions.presenceOfElementLocated(option));
        String id = label.getAttribute("for");
        scrollIntoView(label);
        driver.findElement(By.id(id)).click();
        wait.ignoring(StaleElementReferenceException.class).until(d -> d.findElement(By.id(id)).isSelected());
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

    private static By openTask(String taskName) {
        return By.xpath("//section[contains(@class,'task-card')]//div[contains(@class,'names')]/h2[normalize-space(text())='"
                + taskName + "']");
    }

    private static By filterLink(String filterName) {
        return By.xpath("//section[contains(@class,'task-filters')]//a[normalize-space(text())='" + filterName + "']");
    }

    private void scrollIntoView(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    private static String safeText(WebElement element) {
        try {
            return element.getText().replaceAll("\\s+", " ").trim();
        } catch (StaleElementReferenceException e) {
            return "";
        }
    }

    private boolean safeDisplayed(WebElement element) {
        try {
            return element.isDisplayed();
        } catch (StaleElementReferenceException e) {
            return false;
        }
    }

    private void screenshot(String step) {
        System.out.printf("[browser] %5.1f s  %s%n", (System.nanoTime() - started) / 1e9, step);
        try {
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(String.format("%s-%02d-%s.png", testName, ++shot, step)), png);
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
            Files.writeString(SCREENSHOTS.resolve(String.format("%s-%02d-%s.html", testName, shot, step)),
                    Optional.ofNullable(driver.getPageSource()).orElse(""));
        } catch (IOException | RuntimeException e) {
            System.err.println("page source " + step + " failed: " + e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
