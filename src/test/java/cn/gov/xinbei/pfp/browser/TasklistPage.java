package cn.gov.xinbei.pfp.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The Camunda Tasklist as a user works it, and our Camunda Forms in it. Locators avoid the Tasklist's own
 * (translatable) texts: they use its CSS classes and Angular attributes, our form labels (Chinese, from the .form
 * files) and our filter names.
 */
public final class TasklistPage {

    /** Longer than form-js's debouncing of text input. */
    private static final Duration TEXT_SETTLE = Duration.ofMillis(800);
    /** How long a click that should open a view may show nothing before it is made again. */
    private static final Duration RECLICK_AFTER = Duration.ofSeconds(10);
    /** How long one sign-in may take before the login form is loaded and sent again. */
    private static final Duration SIGN_IN_ATTEMPT = Duration.ofSeconds(45);

    private final Browser browser;
    private final WebDriver driver;
    private final WebDriverWait wait;
    private final String baseUrl;

    public TasklistPage(Browser browser, int port) {
        this.browser = browser;
        this.driver = browser.driver();
        this.wait = browser.await();
        this.baseUrl = "http://localhost:" + port;
    }

    /**
     * Signs in through the Tasklist's login form. Seen once in CI: the form was sent and the Tasklist never showed
     * the signed-in header within the whole wait. A sign-in that shows neither the header nor a refusal within
     * {@link #SIGN_IN_ATTEMPT} is made once more on a freshly loaded page; a failure says what the page showed.
     */
    public void signIn(String user, String password) {
        By header = By.cssSelector("li.start-process-action a");
        String firstAttempt = null;
        for (int attempt = 1; attempt <= 2; attempt++) {
            driver.get(baseUrl + "/camunda/app/tasklist/");
            WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("form input[ng-model='username']")));
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
                // Neither signed in nor refused: described below and tried again.
            }
            if (driver.findElements(header).stream().anyMatch(Browser::safeDisplayed)) {
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

    /**
     * Signs on as in the "keycloak" profile: the Tasklist sends the browser to Keycloak's login page (Chinese), the
     * user types name and password there, and Keycloak sends the browser back signed on.
     */
    public void signOnThroughKeycloak(String keycloakUrl, String user, String password) {
        driver.get(baseUrl + "/camunda/app/tasklist/");
        typeKeycloakCredentials(keycloakUrl, user, password);
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
        long[] clickedAt = {Long.MIN_VALUE};
        try {
            wait.ignoring(StaleElementReferenceException.class).until(d -> {
                if (d.findElements(form).stream().anyMatch(Browser::safeDisplayed)) {
                    return true;
                }
                failOnServerError("open start form " + processName);
                if (clickedAt[0] != Long.MIN_VALUE && System.nanoTime() - clickedAt[0] < RECLICK_AFTER.toNanos()) {
                    return false;
                }
                Optional<WebElement> link = d.findElements(processLink).stream().filter(Browser::safeDisplayed).findFirst();
                Optional<WebElement> target = link.isPresent() ? link
                        : d.findElements(By.cssSelector(".modal-dialog")).stream().anyMatch(Browser::safeDisplayed)
                                ? Optional.empty()
                                : d.findElements(startAction).stream().filter(Browser::safeDisplayed).findFirst();
                target.ifPresent(element -> {
                    try {
                        if (clickedAt[0] != Long.MIN_VALUE) {
                            browser.screenshot("start-form-click-again");
                        }
                        element.click();
                        clickedAt[0] = System.nanoTime();
                    } catch (ElementClickInterceptedException e) {
                        // The dialog's fade-in or a notification still covers it: try again on the next poll.
                    }
                });
                return false;
            });
        } catch (TimeoutException e) {
            browser.dumpPage("start-form-timeout");
            fail("start form of " + processName + " not shown; page: " + browser.describePage(), e);
        }
        browser.screenshot("start-form");
    }

    /** Fails at once if the Tasklist shows the server's refusal or failure in a notification. */
    private void failOnServerError(String what) {
        for (WebElement alert : driver.findElements(By.cssSelector(".notifications .alert-danger"))) {
            if (Browser.safeDisplayed(alert) && !Browser.safeText(alert).isBlank()) {
                browser.dumpPage(what.replace(' ', '-') + "-error");
                fail(what + ": the Tasklist shows " + Browser.safeText(alert));
            }
        }
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

    public void openFilter(String filterName) {
        WebElement link = wait.until(ExpectedConditions.elementToBeClickable(filterLink(filterName)));
        try {
            link.click();
        } catch (ElementClickInterceptedException e) {
            // The description tooltip of the filter clicked before may still lie over this link.
            ((JavascriptExecutor) driver).executeScript("arguments[0].click();", link);
        }
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//section[contains(@class,'task-filters')]"
                + "//div[contains(@class,'task-filter')][contains(@class,'active')]//a[normalize-space(text())='"
                + filterName + "']")));
    }

    /** Opens the filter and the task of that name, waiting for the list to show it (the list refreshes itself). */
    public void openTaskInFilter(String filterName, String taskName) {
        openFilter(filterName);
        By task = By.xpath("//ol[contains(@class,'tasks-list')]/li[contains(@class,'task')]"
                + "//*[contains(@class,'names')]//a[normalize-space(text())='" + taskName + "']");
        By taskForm = By.cssSelector("section.task-card form.fjs-form");
        long[] clickedAt = {Long.MIN_VALUE};
        try {
            // The list may refresh between finding the entry and clicking it (find it again then), and a click made
            // while it refreshes can be lost (click again if the task has not opened after a while).
            wait.ignoring(StaleElementReferenceException.class).until(d -> {
                if (d.findElements(openTask(taskName)).stream().anyMatch(Browser::safeDisplayed)
                        && d.findElements(taskForm).stream().anyMatch(Browser::safeDisplayed)) {
                    return true;
                }
                failOnServerError("open task " + taskName);
                if (clickedAt[0] != Long.MIN_VALUE && System.nanoTime() - clickedAt[0] < RECLICK_AFTER.toNanos()) {
                    return false;
                }
                WebElement entry = ExpectedConditions.elementToBeClickable(task).apply(d);
                if (entry != null) {
                    try {
                        if (clickedAt[0] != Long.MIN_VALUE) {
                            browser.screenshot("task-click-again");
                        }
                        entry.click();
                        clickedAt[0] = System.nanoTime();
                    } catch (ElementClickInterceptedException e) {
                        // A notification or tooltip still lies over the list: try again on the next poll.
                    }
                }
                return false;
            });
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

    /** Waits until form-js shows its own validation messages under fields, and returns them. */
    public List<String> awaitFieldErrors() {
        By errors = By.cssSelector("form.fjs-form .fjs-form-field-error li");
        return wait.ignoring(StaleElementReferenceException.class).until(d -> {
            List<String> shown = d.findElements(errors).stream().filter(Browser::safeDisplayed).map(Browser::safeText)
                    .filter(t -> !t.isBlank()).toList();
            return shown.isEmpty() ? null : shown;
        });
    }

    /** The error shown under the field with that label (form-js's own validation), or "" if none. */
    public String fieldError(String labelText) {
        String id = fieldId(labelText);
        return driver.findElements(By.xpath("//*[@id='" + id + "']/ancestor::div[contains(@class,'fjs-form-field')][1]"
                + "//*[contains(@class,'fjs-form-field-error')]")).stream().map(Browser::safeText).findFirst().orElse("");
    }

    /**
     * Opens the calendar of a date field and returns what it shows as the user reads it: the month (of the month
     * drop-down) and the weekday headings; then closes it again with Tab.
     */
    public List<String> datePickerHeadings(String labelText) {
        String id = fieldId(labelText);
        browser.scrollIntoView(driver.findElement(By.id(id)));
        driver.findElement(By.id(id)).click();
        By calendar = By.xpath("//*[@id='" + id + "']/ancestor::div[contains(@class,'fjs-form-field')][1]"
                + "//div[contains(@class,'flatpickr-calendar')][contains(@class,'open')]");
        WebElement open = wait.until(ExpectedConditions.visibilityOfElementLocated(calendar));
        browser.screenshot("date-picker-" + labelText);
        String month = open.findElements(By.cssSelector(".flatpickr-monthDropdown-months option:checked, .cur-month"))
                .stream().map(e -> e.getAttribute("textContent").trim()).filter(t -> !t.isBlank()).findFirst()
                .orElse("");
        List<String> headings = new java.util.ArrayList<>(List.of(month));
        open.findElements(By.cssSelector(".flatpickr-weekday")).stream().map(Browser::safeText).forEach(headings::add);
        driver.findElement(By.id(id)).sendKeys(Keys.TAB);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(calendar));
        return headings;
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

    /**
     * Types into a text field and waits until form-js has taken the text into its state: it debounces text input, and
     * a re-render of the form (another field changing) before then writes the old, empty value back into the field.
     * The text must stay in the field for {@link #TEXT_SETTLE} after the last keystroke; if it is lost, it is typed
     * again.
     */
    public void text(String labelText, String value) {
        String id = fieldId(labelText);
        long[] typedAt = {0};
        try {
            wait.ignoring(StaleElementReferenceException.class).until(d -> {
                WebElement input = d.findElement(By.id(id));
                if (!value.equals(input.getAttribute("value"))) {
                    browser.scrollIntoView(input);
                    input.clear();
                    input.sendKeys(value);
                    typedAt[0] = System.nanoTime();
                    return false;
                }
                return System.nanoTime() - typedAt[0] >= TEXT_SETTLE.toNanos();
            });
        } catch (TimeoutException e) {
            fail("field " + labelText + " shows '" + value(id) + "' instead of '" + value + "'", e);
        }
    }

    public String readonlyValue(String labelText) {
        String id = fieldId(labelText);
        wait.until(d -> !value(id).isBlank());
        return value(id);
    }

    /** A form-js date field: types the date in the picker's format (mm/dd/yyyy) and closes the calendar. */
    public void date(String labelText, LocalDate date) {
        String id = fieldId(labelText);
        browser.scrollIntoView(driver.findElement(By.id(id)));
        driver.findElement(By.id(id)).click();
        // Enter makes the picker parse the text; Tab closes its calendar (Escape would close the Tasklist's dialog).
        // Ctrl+A first: a date typed before (say, one the server refused) is replaced, not appended to.
        driver.findElement(By.id(id)).sendKeys(Keys.chord(Keys.CONTROL, "a"),
                date.format(DateTimeFormatter.ofPattern("MM/dd/yyyy")), Keys.ENTER);
        driver.findElement(By.id(id)).sendKeys(Keys.TAB);
        // The picker shows what it parsed, without leading zeros.
        assertThat(LocalDate.parse(value(id), DateTimeFormatter.ofPattern("M/d/yyyy"))).as(labelText).isEqualTo(date);
    }

    public void checkbox(String labelText, boolean checked) {
        String id = fieldId(labelText);
        if (driver.findElement(By.id(id)).isSelected() != checked) {
            browser.scrollIntoView(driver.findElement(By.id(id)));
            driver.findElement(By.id(id)).click();
        }
        wait.ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id(id)).isSelected() == checked);
    }

    /** A form-js select: a custom drop-down, opened by clicking its display, closed by choosing an item. */
    public void select(String labelText, String option) {
        String id = fieldId(labelText);
        By display = By.id(id + "-display");
        browser.scrollIntoView(driver.findElement(display));
        driver.findElement(display).click();
        By item = By.xpath("//*[@id='" + id + "']/ancestor::div[contains(@class,'fjs-form-field')][1]"
                + "//*[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)='" + option + "']");
        WebElement choice = wait.until(ExpectedConditions.presenceOfElementLocated(item));
        browser.scrollIntoView(choice);
        choice.click();
        wait.ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(display).getText().trim().equals(option));
    }

    /**
     * A form-js radio group: chooses the option whose label is the given text or else the one option whose label
     * contains it ("受理" is the option 受理, not 不予受理; "予以受理" is 材料齐全，予以受理).
     */
    public void radio(String groupLabel, String optionText) {
        By options = By.xpath("(//form[contains(@class,'fjs-form')]//label[contains(@class,'fjs-form-field-label')]"
                + "[normalize-space(text()[1])='" + groupLabel + "'])[1]/ancestor::div[contains(@class,'fjs-form-field')][1]"
                + "//label[@for][contains(normalize-space(.),'" + optionText + "')]");
        List<WebElement> found = wait.until(ExpectedConditions.presenceOfAllElementsLocatedBy(options));
        List<WebElement> exact = found.stream().filter(l -> Browser.safeText(l).equals(optionText)).toList();
        List<WebElement> chosen = exact.isEmpty() ? found : exact;
        if (chosen.size() != 1) {
            fail("radio " + groupLabel + ": '" + optionText + "' matches " + chosen.stream().map(Browser::safeText).toList());
        }
        WebElement label = chosen.get(0);
        String id = label.getAttribute("for");
        browser.scrollIntoView(label);
        driver.findElement(By.id(id)).click();
        wait.ignoring(StaleElementReferenceException.class).until(d -> d.findElement(By.id(id)).isSelected());
    }

    /** The address of the link with that (Chinese) text in the form, e.g. to a printed document. */
    public String linkTarget(String linkText) {
        WebElement link = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//form[contains(@class,'fjs-form')]//a[contains(normalize-space(.),'" + linkText + "')]")));
        return link.getAttribute("href");
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
