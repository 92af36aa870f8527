package cn.gov.xinbei.pfp.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The Camunda Tasklist as a user works it: sign-in, filters, the task list, start forms and completing; the fields of
 * the open form are {@link TaskForm}. Locators avoid the Tasklist's own
 * (translatable) texts: they use its CSS classes and Angular attributes, our form labels (Chinese, from the .form
 * files) and our filter names.
 */
public final class TasklistPage {

    /** How long a click that should open a view may show nothing before it is made again. */
    private static final Duration RECLICK_AFTER = Duration.ofSeconds(10);
    /** How long one sign-in may take before the login form is loaded and sent again. */
    private static final Duration SIGN_IN_ATTEMPT = Duration.ofSeconds(45);

    private final Browser browser;
    private final WebDriver driver;
    private final WebDriverWait wait;
    private final String baseUrl;
    private final TaskForm form;

    public TasklistPage(Browser browser, int port) {
        this.browser = browser;
        this.driver = browser.driver();
        this.wait = browser.await();
        this.baseUrl = "http://localhost:" + port;
        this.form = new TaskForm(browser);
    }

    /** The form of the task or start form open now. */
    public TaskForm form() {
        return form;
    }

    /**
     * Signs in through the Tasklist's login form. Seen in CI and on a loaded machine: the login form not shown within
     * the whole wait after the first load of the Tasklist, and the form sent but the signed-in header never shown. An
     * attempt that shows neither the form, nor then the header or a refusal, is made once more on a freshly loaded
     * page; a failure says what the page showed each time.
     */
    public void signIn(String user, String password) {
        By header = By.cssSelector("li.start-process-action a");
        String firstAttempt = null;
        for (int attempt = 1; attempt <= 2; attempt++) {
            if (signInAttempt(user, password, header)) {
                awaitSignedIn();
                return;
            }
            browser.dumpPage("sign-in-attempt-" + attempt);
            String page = "url " + driver.getCurrentUrl() + ", " + browser.describePage();
            if (attempt == 1) {
                firstAttempt = page;
                System.out.println("[browser] sign-in of " + user + " not complete, trying again; page: " + page);
            } else {
                fail("sign-in of " + user + " not complete after two attempts; first: " + firstAttempt
                        + "; second: " + page);
            }
        }
    }

    /** Loads the Tasklist, sends the login form and tells whether the signed-in header then shows. */
    private boolean signInAttempt(String user, String password, By header) {
        driver.get(baseUrl + "/camunda/app/tasklist/");
        WebElement name;
        try {
            name = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("form input[ng-model='username']")));
        } catch (TimeoutException e) {
            return false;
        }
        browser.screenshot("sign-in");
        name.sendKeys(user);
        driver.findElement(By.cssSelector("form input[ng-model='password']")).sendKeys(password);
        driver.findElement(By.cssSelector("form button[type='submit']")).click();
        try {
            new WebDriverWait(driver, SIGN_IN_ATTEMPT, Duration.ofMillis(100)).until(d ->
                    d.findElements(header).stream().anyMatch(Browser::safeDisplayed)
                            || d.findElements(By.cssSelector(".notifications .alert-danger")).stream()
                                    .anyMatch(Browser::safeDisplayed));
        } catch (TimeoutException e) {
            // Neither signed in nor refused: described by the caller and tried again.
        }
        return driver.findElements(header).stream().anyMatch(Browser::safeDisplayed);
    }

    /**
     * Signs on as in the "keycloak" profile: the Tasklist sends the browser to Keycloak's login page (Chinese), the
     * user types name and password there, and Keycloak sends the browser back signed on.
     */
    public void signOnThroughKeycloak(String keycloakUrl, String user, String password) {
        driver.get(baseUrl + "/camunda/app/tasklist/");
        typeKeycloakCredentials(keycloakUrl, user, password);
        By header = By.cssSelector("li.start-process-action a");
        try {
            new WebDriverWait(driver, SIGN_IN_ATTEMPT, Duration.ofMillis(100))
                    .until(d -> d.findElements(header).stream().anyMatch(Browser::safeDisplayed));
        } catch (TimeoutException e) {
            // Seen on a loaded machine: back from Keycloak, the Tasklist never showed the header. Load it again; if
            // the sign-on session did not hold, Keycloak asks once more.
            browser.dumpPage("sign-on-attempt-1");
            System.out.println("[browser] sign-on of " + user + " not complete, loading the Tasklist again; page: url "
                    + driver.getCurrentUrl() + ", " + browser.describePage());
            driver.get(baseUrl + "/camunda/app/tasklist/");
            wait.until(d -> d.getCurrentUrl().startsWith(keycloakUrl)
                    || d.findElements(header).stream().anyMatch(Browser::safeDisplayed));
            if (driver.getCurrentUrl().startsWith(keycloakUrl)) {
                typeKeycloakCredentials(keycloakUrl, user, password);
            }
        }
        awaitSignedIn();
    }

    /** On Keycloak's login page, where a webapp sent the browser: signs on. */
    public void typeKeycloakCredentials(String keycloakUrl, String user, String password) {
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertThat(driver.getCurrentUrl()).as("Keycloak's login page").startsWith(keycloakUrl + "/realms/");
        assertThat(driver.getTitle()).as("Keycloak's login page in Chinese").startsWith("登录到");
        browser.screenshot("keycloak-sign-on");
        name.sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
    }

    private void awaitSignedIn() {
        // Signed in: the header offers "start process", and our filters are listed.
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("li.start-process-action a")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(filterLink("本组待办")));
        // The Tasklist itself speaks Chinese to a Chinese browser (our zh locale), not only our forms.
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("li.start-process-action a"),
                "发起流程"));
        browser.screenshot("signed-in");
    }

    /**
     * Ends the session, so that the next {@link #signIn} in this browser is another user: the webapps keep the
     * sign-in in the server session, found by its cookie, and remember a little in the browser's storage.
     */
    public void signOut() {
        driver.manage().deleteAllCookies();
        ((JavascriptExecutor) driver).executeScript("window.localStorage.clear(); window.sessionStorage.clear();");
        driver.get("about:blank");
    }

    /**
     * Opens the start dialog and the start form of the process with that (Chinese) name. Under load the Tasklist can
     * swallow a click made while the dialog still renders its list (seen in CI: the list stayed, no form came), so a
     * click that shows no form within {@link #RECLICK_AFTER} is made again while the list still offers the process.
     */
    public void openStartForm(String processName) {
        By startAction = By.cssSelector("li.start-process-action a");
        By processLink = By.xpath("//div[contains(@class,'modal')]//ul[contains(@class,'processes')]//a[normalize-space()='"
                + processName + "']");
        By form = By.cssSelector(".modal form.fjs-form");
        try {
            clickUntil("open start form " + processName,
                    d -> d.findElements(form).stream().anyMatch(Browser::safeDisplayed)
                            || failOnServerError("open start form " + processName),
                    d -> {
                        Optional<WebElement> link = d.findElements(processLink).stream().filter(Browser::safeDisplayed)
                                .findFirst();
                        return link.isPresent() ? link.get()
                                : d.findElements(By.cssSelector(".modal-dialog")).stream().anyMatch(Browser::safeDisplayed)
                                        ? null
                                        : d.findElements(startAction).stream().filter(Browser::safeDisplayed).findFirst()
                                                .orElse(null);
                    },
                    // The dialog's fade-in or a notification still covers it: try again on the next poll.
                    covered -> false);
        } catch (TimeoutException e) {
            browser.dumpPage("start-form-timeout");
            fail("start form of " + processName + " not shown; page: " + browser.describePage(), e);
        }
        browser.screenshot("start-form");
    }

    /** Fails at once if the Tasklist shows the server's refusal or failure in a notification; false otherwise. */
    private boolean failOnServerError(String what) {
        for (WebElement alert : driver.findElements(By.cssSelector(".notifications .alert-danger"))) {
            if (Browser.safeDisplayed(alert) && !Browser.safeText(alert).isBlank()) {
                browser.dumpPage(what.replace(' ', '-') + "-error");
                fail(what + ": the Tasklist shows " + Browser.safeText(alert));
            }
        }
        return false;
    }

    /**
     * Clicks what {@code target} finds (null: nothing to click yet) until {@code done} holds. Under load the Tasklist
     * can lose a click made while it redraws (seen in CI for the start dialog, the filter list and the task list), so
     * a click that has not had its effect within {@link #RECLICK_AFTER} is made again, with a screenshot.
     * {@code whenCovered} answers a click that something lay over: true if it clicked another way.
     */
    private void clickUntil(String what, Predicate<WebDriver> done, Function<WebDriver, WebElement> target,
                            Predicate<WebElement> whenCovered) {
        long[] clickedAt = {Long.MIN_VALUE};
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            if (done.test(d)) {
                return true;
            }
            if (clickedAt[0] != Long.MIN_VALUE && System.nanoTime() - clickedAt[0] < RECLICK_AFTER.toNanos()) {
                return false;
            }
            WebElement element = target.apply(d);
            if (element != null) {
                if (clickedAt[0] != Long.MIN_VALUE) {
                    browser.screenshot(what.replace(' ', '-') + "-click-again");
                }
                try {
                    element.click();
                    clickedAt[0] = System.nanoTime();
                } catch (ElementClickInterceptedException e) {
                    if (whenCovered.test(element)) {
                        clickedAt[0] = System.nanoTime();
                    }
                }
            }
            return false;
        });
    }

    /** Submits the start form and waits for the Tasklist's confirmation; fails with the server's message if refused. */
    public String submitStartForm() {
        driver.findElement(By.cssSelector(".modal-footer button[ng-click='startProcessInstance()']")).click();
        // The Tasklist closes the dialog and confirms with an info notification (shown for three seconds only).
        String confirmation = awaitOutcome("start", By.cssSelector(".modal-dialog"),
                By.cssSelector(".notifications .alert-info .status, .notifications .alert-success .status"));
        browser.screenshot("started");
        return confirmation;
    }

    /**
     * Closes the Tasklist's notifications (the start confirmation stays for seconds and lies over the filter list),
     * waiting until none is shown, so the next click reaches what it aims at.
     */
    public void dismissNotifications() {
        By shown = By.cssSelector(".notifications .alert");
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            List<WebElement> alerts = d.findElements(shown).stream().filter(Browser::safeDisplayed).toList();
            for (WebElement alert : alerts) {
                alert.findElements(By.cssSelector("button.close, .close")).stream().filter(Browser::safeDisplayed)
                        .findFirst().ifPresent(WebElement::click);
            }
            return alerts.isEmpty();
        });
    }

    /**
     * Focuses the filter: clicked, and clicked again if it is not focused after {@link #RECLICK_AFTER} (a click made
     * while the filter list redraws after sign-on is lost; seen once in an unloaded CI run).
     */
    public void openFilter(String filterName) {
        By focused = By.xpath("//section[contains(@class,'task-filters')]"
                + "//div[contains(@class,'task-filter')][contains(@class,'active')]//a[normalize-space(text())='"
                + filterName + "']");
        clickUntil("open filter " + filterName, d -> !d.findElements(focused).isEmpty(),
                d -> ExpectedConditions.elementToBeClickable(filterLink(filterName)).apply(d),
                covered -> {
                    // The description tooltip of the filter clicked before may still lie over this link.
                    ((JavascriptExecutor) driver).executeScript("arguments[0].click();", covered);
                    return true;
                });
    }

    /** Opens the filter and the task of that name, waiting for the list to show it (the list refreshes itself). */
    public void openTaskInFilter(String filterName, String taskName) {
        openFilter(filterName);
        By task = By.xpath("//ol[contains(@class,'tasks-list')]/li[contains(@class,'task')]"
                + "//*[contains(@class,'names')]//a[normalize-space(text())='" + taskName + "']");
        By taskForm = By.cssSelector("section.task-card form.fjs-form");
        try {
            // The list may refresh between finding the entry and clicking it (find it again then), and a click made
            // while it refreshes can be lost (click again if the task has not opened after a while).
            clickUntil("open task " + taskName,
                    d -> d.findElements(openTask(taskName)).stream().anyMatch(Browser::safeDisplayed)
                            && d.findElements(taskForm).stream().anyMatch(Browser::safeDisplayed)
                            || failOnServerError("open task " + taskName),
                    d -> ExpectedConditions.elementToBeClickable(task).apply(d),
                    // A notification or tooltip still lies over the list: try again on the next poll.
                    covered -> false);
        } catch (TimeoutException e) {
            browser.dumpPage("task-not-opened");
            fail("task " + taskName + " not opened from filter " + filterName + "; the list shows " + taskListEntries()
                    + "; page: " + browser.describePage(), e);
        }
        browser.screenshot("task-" + taskName);
    }

    /** The task count the Tasklist shows beside the focused filter. */
    public String filterCount(String filterName) {
        return driver.findElements(By.xpath("//section[contains(@class,'task-filters')]"
                        + "//div[contains(@class,'task-filter')][contains(@class,'active')]//a[normalize-space(text())='"
                        + filterName + "']/span[contains(@class,'counter')]"))
                .stream().map(Browser::safeText).findFirst().orElse("");
    }

    /** The texts of the entries of the task list as shown (task name, process, dates). */
    public List<String> taskListEntries() {
        return driver.findElements(By.cssSelector(".tasks-list li.task")).stream().map(Browser::safeText).toList();
    }

    /**
     * Waits for the named task's card with its form, as a link into the Tasklist (the desk's 办理) opens it. Seen on a
     * loaded machine: the Tasklist's first load in a fresh application never boots (its spinner stays, its scripts
     * given up on); the page is then loaded once more, as the clerk would.
     */
    public void awaitOpenedTask(String taskName) {
        By card = By.xpath("//section[contains(@class,'task-card')]//div[contains(@class,'names')]"
                + "/h2[normalize-space(text())='" + taskName + "']");
        By taskForm = By.cssSelector("section.task-card form.fjs-form");
        try {
            new WebDriverWait(driver, SIGN_IN_ATTEMPT, Duration.ofMillis(100))
                    .until(d -> !d.findElements(card).isEmpty() && !d.findElements(taskForm).isEmpty());
        } catch (TimeoutException e) {
            browser.dumpPage("open-task-attempt-1");
            System.out.println("[browser] task " + taskName + " not shown, loading the page again; page: url "
                    + driver.getCurrentUrl() + ", " + browser.describePage());
            driver.navigate().refresh();
            wait.until(d -> !d.findElements(card).isEmpty() && !d.findElements(taskForm).isEmpty());
        }
    }

    /**
     * Waits until the open filter lists exactly one task whose card shows every text given (its count agreeing when a
     * filter is named) and returns that card's text. One look at the list for both: the Tasklist redraws its cards while
     * it refreshes, so a second look after the wait may catch a card half drawn.
     */
    public String awaitOnlyEntry(String filterName, String... texts) {
        return wait.until(d -> {
            List<String> entries = taskListEntries();
            boolean only = entries.size() == 1 && (filterName == null || "1".equals(filterCount(filterName)));
            return only && Stream.of(texts).allMatch(entries.get(0)::contains) ? entries.get(0) : null;
        });
    }

    /** Waits until the filter lists nothing at all, as the user sees it. */
    public void awaitEmptyFilter(String filterName) {
        openFilter(filterName);
        wait.until(d -> taskListEntries().isEmpty() && "0".equals(filterCount(filterName)));
    }

    public void claimIfNeeded() {
        By claimButton = By.cssSelector("section.task-card button.claim[ng-click='claim()']");
        By unclaim = By.cssSelector("section.task-card .unclaim");
        // The task header shows either "claim" (unassigned) or the assignee with "unclaim".
        wait.until(d -> !d.findElements(claimButton).isEmpty() || !d.findElements(unclaim).isEmpty());
        List<WebElement> claim = driver.findElements(claimButton);
        if (!claim.isEmpty() && claim.get(0).isDisplayed()) {
            claim.get(0).click();
            // Claimed: the unclaim control appears next to the assignee, and the form can be completed.
            wait.until(ExpectedConditions.visibilityOfElementLocated(unclaim));
            browser.screenshot("claimed");
        }
    }

    public void completeTask(String taskName) {
        By complete = By.cssSelector("section.task-card button[ng-click='complete()']");
        // A notification left from an earlier step can lie over the button and take the click (seen under load).
        dismissNotifications();
        // A long form pushes the button under the page footer: bring it out before clicking it.
        browser.scrollIntoView(wait.until(ExpectedConditions.elementToBeClickable(complete)));
        wait.until(ExpectedConditions.elementToBeClickable(complete)).click();
        // Done: the task leaves the details pane (the Tasklist shows no notification for a completed task).
        awaitOutcome("complete " + taskName, openTask(taskName), null);
        browser.screenshot("completed-" + taskName);
    }

    /** Clicks "complete" on the open task, without waiting for an outcome (see {@link #awaitRefusal}). */
    public void clickComplete() {
        By complete = By.cssSelector("section.task-card button[ng-click='complete()']");
        dismissNotifications();
        browser.scrollIntoView(wait.until(ExpectedConditions.elementToBeClickable(complete)));
        wait.until(ExpectedConditions.elementToBeClickable(complete)).click();
    }

    /** Waits for the Tasklist's error notification with its reason, and returns its whole text ("status : reason"). */
    public String awaitRefusal(String what) {
        By refusal = By.cssSelector(".notifications .alert-danger");
        try {
            String text = wait.ignoring(StaleElementReferenceException.class).until(d -> d.findElements(refusal).stream()
                    .filter(Browser::safeDisplayed)
                    .filter(alert -> alert.findElements(By.cssSelector(".message")).stream()
                            .anyMatch(m -> !Browser.safeText(m).isBlank()))
                    .map(Browser::safeText).findFirst().orElse(null));
            browser.screenshot(what.replace(' ', '-') + "-refused");
            return text;
        } catch (TimeoutException e) {
            browser.dumpPage(what.replace(' ', '-') + "-not-refused");
            fail(what + " shows no refusal; page: " + browser.describePage(), e);
            throw e;
        }
    }

    /** Whether the details pane still shows the task of that name (it has not been completed). */
    public boolean showsTask(String taskName) {
        return driver.findElements(openTask(taskName)).stream().anyMatch(Browser::safeDisplayed);
    }

    /**
     * Waits until the element that shows the pending work is gone (and, if given, a confirmation was shown), failing
     * at once with the message if the page shows an error: a form-js validation message, or the server's refusal
     * (our Chinese validation message) in a notification.
     *
     * @return the text of the confirmation, or "" if none was asked for
     */
    public String awaitOutcome(String what, By pending, By confirmation) {
        AtomicReference<String> confirmed = new AtomicReference<>(confirmation == null ? "" : null);
        String error;
        try {
            error = wait.until(d -> {
                for (WebElement alert : d.findElements(By.cssSelector(".notifications .alert-danger, .alert-danger .message"))) {
                    if (Browser.safeDisplayed(alert) && !Browser.safeText(alert).isBlank()) {
                        return "server: " + Browser.safeText(alert);
                    }
                }
                for (WebElement invalid : d.findElements(By.cssSelector(".fjs-form-field-error"))) {
                    if (Browser.safeDisplayed(invalid) && !Browser.safeText(invalid).isBlank()) {
                        return "form: " + Browser.safeText(invalid);
                    }
                }
                if (confirmed.get() == null) {
                    d.findElements(confirmation).stream().filter(Browser::safeDisplayed).findFirst()
                            .ifPresent(e -> confirmed.set(Browser.safeText(e)));
                }
                boolean done = d.findElements(pending).stream().noneMatch(Browser::safeDisplayed);
                return done && confirmed.get() != null ? "" : null;
            });
        } catch (TimeoutException e) {
            browser.dumpPage(what.replace(' ', '-') + "-timeout");
            fail(what + " did not finish; page: " + browser.describePage(), e);
            throw e;
        }
        if (!error.isEmpty()) {
            browser.dumpPage(what.replace(' ', '-') + "-error");
            fail(what + " was refused: " + error);
        }
        return confirmed.get();
    }

    /** The heading of the task shown in the details pane. */
    private static By openTask(String taskName) {
        return By.xpath("//section[contains(@class,'task-card')]//div[contains(@class,'names')]/h2[normalize-space(text())='"
                + taskName + "']");
    }

    private static By filterLink(String filterName) {
        return By.xpath("//section[contains(@class,'task-filters')]//a[normalize-space(text())='" + filterName + "']");
    }
}
