package cn.gov.xinbei.pfp.browser;

import cn.gov.xinbei.pfp.secondchild.Applications;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The second-child approval in a real browser: a town clerk signs in to the Camunda Tasklist, registers an application
 * through the start form, accepts it and completes the town review, after which the case waits for the bureau.
 * <p>
 * Needs Chromium and chromedriver at /usr/bin (Debian packages chromium, chromium-driver); Selenium Manager is never
 * asked to download anything. Screenshots of the key steps, and page source when a step fails, go to
 * target/screenshots/. Locators avoid the Tasklist's own (translatable) texts: they use its CSS classes and
 * Angular attributes, our form labels (Chinese, from the .form files) and our filter names.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TasklistSecondChildBrowserIT {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /**
     * The engine clock is pinned so due dates are reproducible and stay inside the years config/calendar knows
     * (the real clock would make every deadline depend on the day the build runs, and fail near a year's end).
     */
    private static final LocalDateTime NOW = LocalDateTime.of(2012, 6, 4, 9, 30);

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
        // A Chinese browser as the bureau's users have: headless Chromium takes navigator.languages from this
        // preference, not from --lang alone; the webapps choose their language from navigator.languages.
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "zh-CN,zh"));
        // An explicit driver executable keeps Selenium Manager (which would try to download one) out of the way.
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                // China time, as on the bureau's computers: the webapps show times in the browser's zone.
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
            ClockUtil.reset();
            deleteRecursively(profile);
            runtimeService.createProcessInstanceQuery().list()
                    .forEach(pi -> runtimeService.deleteProcessInstance(pi.getId(), "test cleanup", true, true));
            for (String table : new String[] {"second_child_case", "case_event", "case_party", "case_file",
                    "case_number_sequence"}) {
                jdbc.update("delete from " + table);
            }
        }
    }

    @Test
    void townClerkRegistersAcceptsAndReviewsAnApplication() {
        try {
            signIn("chunjiang.clerk", "demo");
            startApplication();

            openTaskInFilter("本组待办", "受理申请");
            String caseNumber = readonlyValue("案件编号");
            assertThat(caseNumber).matches("SC-2012-\\d{5}");
            ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                    .processInstanceBusinessKey(caseNumber).singleResult();
            assertThat(instance).as("process instance of case %s", caseNumber).isNotNull();
            assertThat(caseStatus(caseNumber)).isEqualTo("REGISTERED");
            claimIfNeeded();
            radio("受理意见", "予以受理");
            screenshot("acceptance-filled");
            completeTask("受理申请");
            assertThat(caseStatus(caseNumber)).isEqualTo("ACCEPTED");

            openTaskInFilter("本组待办", "镇（街道）审核");
            assertThat(readonlyValue("案件编号")).isEqualTo(caseNumber);
            claimIfNeeded();
            radio("审核意见", "同意上报区局审批");
            text("审核意见说明", "经核实，夫妻双方均为独生子女，现有一个孩子，情况属实，同意上报。");
            screenshot("town-review-filled");
            completeTask("镇（街道）审核");

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
                openFilter(filter);
                wait.until(d -> taskListEntries().isEmpty() && "0".equals(filterCount(filter)));
            }
            screenshot("done");
        } catch (RuntimeException | AssertionError e) {
            dumpPage("failure");
            throw e;
        }
    }

    // --- steps ------------------------------------------------------------------------------------------------

    private void signIn(String user, String password) {
        driver.get("http://localhost:" + port + "/camunda/app/tasklist/");
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("form input[ng-model='username']")));
        screenshot("sign-in");
        name.sendKeys(user);
        driver.findElement(By.cssSelector("form input[ng-model='password']")).sendKeys(password);
        driver.findElement(By.cssSelector("form button[type='submit']")).click();
        // Signed in: the header offers "start process", and our filters are listed.
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("li.start-process-action a")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(filterLink("本组待办")));
        // The Tasklist itself speaks Chinese to a Chinese browser (our zh locale), not only our forms.
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("li.start-process-action a"),
                "发起流程"));
        screenshot("signed-in");
    }

    private void startApplication() {
        driver.findElement(By.cssSelector("li.start-process-action a")).click();
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//div[contains(@class,'modal')]//ul[contains(@class,'processes')]//a[normalize-space()='照顾再生育一孩审批']")))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal form.fjs-form")));
        screenshot("start-form");

        var v = Applications.onlyChildCouple();
        select("女方户籍所在镇（街道）", "春江镇");
        date("申请日期", LocalDate.of(2012, 6, 1));
        date("结婚登记日期", LocalDate.of(2010, 10, 1));

        text("女方姓名", (String) v.get("wifeName"));
        text("女方公民身份号码", Applications.WIFE_ID);
        select("女方户口性质", "城镇居民");
        select("女方婚姻状况", "初婚");
        text("女方生育子女总数（含前婚）", "1");
        checkbox("女方本人为独生子女", true);
        checkbox("女方为两代独生子女（本人及其父或母均为独生子女）", false);

        text("男方姓名", (String) v.get("husbandName"));
        text("男方公民身份号码", Applications.HUSBAND_ID);
        select("男方户口性质", "城镇居民");
        select("男方婚姻状况", "初婚");
        text("男方生育子女总数（含前婚）", "1");
        checkbox("男方本人为独生子女", true);
        checkbox("男方为两代独生子女（本人及其父或母均为独生子女）", false);

        text("夫妻现有共同子女数", "1");
        text("其中女孩数", "0");
        select("申请依据的条件", "第二十二条（六）一方为两代独生子女或夫妻均为独生子女，只有一个孩子");
        checkbox("申请条件所需的特别情形已有证明", false);

        checkbox("《再生育申请审批表》（经双方单位或村（居）委会签署意见）", true);
        checkbox("夫妻双方居民身份证", true);
        checkbox("夫妻双方户口簿", true);
        checkbox("结婚证", true);
        checkbox("现有子女出生医学证明", true);
        checkbox("独生子女证明（《独生子女父母光荣证》等）", true);

        screenshot("start-form-filled");

        driver.findElement(By.cssSelector(".modal-footer button[ng-click='startProcessInstance()']")).click();
        // The Tasklist closes the dialog and confirms with an info notification (shown for three seconds only).
        String confirmation = awaitOutcome("start", By.cssSelector(".modal-dialog"),
                By.cssSelector(".notifications .alert-info .status, .notifications .alert-success .status"));
        System.out.println("[browser] start confirmed: " + confirmation);
        screenshot("started");
    }

    private void openFilter(String filterName) {
        wait.until(ExpectedConditions.elementToBeClickable(filterLink(filterName))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//section[contains(@class,'task-filters')]"
                + "//div[contains(@class,'task-filter')][contains(@class,'active')]//a[normalize-space(text())='" + filterName + "']")));
    }

    /** Opens the filter and the task of that name, waiting for the list to show it (the list refreshes itself). */
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

    /** The task count the Tasklist shows beside the focused filter. */
    private String filterCount(String filterName) {
        return driver.findElements(By.xpath("//section[contains(@class,'task-filters')]//div[contains(@class,'task-filter')]"
                        + "[contains(@class,'active')]//a[normalize-space(text())='" + filterName + "']/span[contains(@class,'counter')]"))
                .stream().map(TasklistSecondChildBrowserIT::safeText).findFirst().orElse("");
    }

    private List<String> taskListEntries() {
        return driver.findElements(By.cssSelector(".tasks-list li.task")).stream()
                .map(TasklistSecondChildBrowserIT::safeText).toList();
    }

    private void claimIfNeeded() {
        By claimButton = By.cssSelector("section.task-card button.claim[ng-click='claim()']");
        By unclaim = By.cssSelector("section.task-card .unclaim");
        // The task header shows either "claim" (unassigned) or the assignee with "unclaim".
        wait.until(d -> !d.findElements(claimButton).isEmpty() || !d.findElements(unclaim).isEmpty());
        List<WebElement> claim = driver.findElements(claimButton);
        if (!claim.isEmpty() && claim.get(0).isDisplayed()) {
            claim.get(0).click();
            // Claimed: the unclaim control appears next to the assignee, and the form can be completed.
            wait.until(ExpectedConditions.visibilityOfElementLocated(unclaim));
            screenshot("claimed");
        }
    }

    private void completeTask(String taskName) {
        By complete = By.cssSelector("section.task-card button[ng-click='complete()']");
        wait.until(ExpectedConditions.elementToBeClickable(complete)).click();
        // Done: the task leaves the details pane (the Tasklist shows no notification for a completed task).
        awaitOutcome("complete " + taskName, openTask(taskName), null);
        screenshot("completed-" + taskName);
    }

    /**
     * Waits until the element that shows the pending work is gone (and, if given, a confirmation was shown), failing
     * at once with the message if the page shows an error: a form-js validation message, or the server's refusal
     * (our Chinese validation message) in a notification.
     *
     * @return the text of the confirmation, or "" if none was asked for
     */
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

    /**
     * The id of the input a field label points at (for a date: the text input of the picker). form-js re-renders
     * fields as values change, so elements are looked up again by this id for every action.
     */
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
        driver.findElement(By.id(id)).clear();
        driver.findElement(By.id(id)).sendKeys(value);
        assertThat(value(id)).as(labelText).isEqualTo(value);
    }

    private String readonlyValue(String labelText) {
        String id = fieldId(labelText);
        wait.until(d -> !value(id).isBlank());
        return value(id);
    }

    /** A form-js date field: types the date in the picker's format (mm/dd/yyyy) and closes the calendar. */
    private void date(String labelText, LocalDate date) {
        String id = fieldId(labelText);
        driver.findElement(By.id(id)).click();
        // Enter makes the picker parse the text; Tab closes its calendar (Escape would close the Tasklist's dialog).
        driver.findElement(By.id(id)).sendKeys(date.format(DateTimeFormatter.ofPattern("MM/dd/yyyy")), Keys.ENTER);
        driver.findElement(By.id(id)).sendKeys(Keys.TAB);
        // The picker shows what it parsed, without leading zeros.
        assertThat(LocalDate.parse(value(id), DateTimeFormatter.ofPattern("M/d/yyyy"))).as(labelText).isEqualTo(date);
    }

    private void checkbox(String labelText, boolean checked) {
        String id = fieldId(labelText);
        if (driver.findElement(By.id(id)).isSelected() != checked) {
            scrollIntoView(driver.findElement(By.id(id)));
            driver.findElement(By.id(id)).click();
        }
        wait.ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id(id)).isSelected() == checked);
    }

    /** A form-js select: a custom drop-down, opened by clicking its display, closed by choosing an item. */
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

    /** A form-js radio group: chooses the option whose label contains the given text. */
    private void radio(String groupLabel, String optionText) {
        By option = By.xpath("(//form[contains(@class,'fjs-form')]//label[contains(@class,'fjs-form-field-label')]"
                + "[normalize-space(text()[1])='" + groupLabel + "'])[1]/ancestor::div[contains(@class,'fjs-form-field')][1]"
                + "//label[contains(normalize-space(.),'" + optionText + "')]");
        WebElement label = wait.until(ExpectedConditions.presenceOfElementLocated(option));
        String id = label.getAttribute("for");
        scrollIntoView(label);
        driver.findElement(By.id(id)).click();
        wait.ignoring(StaleElementReferenceException.class).until(d -> d.findElement(By.id(id)).isSelected());
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    /** The heading of the task shown in the details pane. */
    private static By openTask(String taskName) {
        return By.xpath("//section[contains(@class,'task-card')]//div[contains(@class,'names')]/h2[normalize-space(text())='"
                + taskName + "']");
    }

    private static By filterLink(String filterName) {
        return By.xpath("//section[contains(@class,'task-filters')]//a[normalize-space(text())='" + filterName + "']");
    }

    private String caseStatus(String caseNumber) {
        return jdbc.queryForObject("select status from case_file where case_number = ?", String.class, caseNumber);
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
