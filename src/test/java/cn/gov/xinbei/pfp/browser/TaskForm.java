package cn.gov.xinbei.pfp.browser;

import org.openqa.selenium.By;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The Camunda Form (form-js) open in the Tasklist, worked field by field as a user does. Fields are found by their
 * (Chinese) labels from the .form files; form-js re-renders fields as values change, so every action looks its
 * element up again.
 */
public final class TaskForm {

    /** Longer than form-js's debouncing of text input. */
    private static final Duration TEXT_SETTLE = Duration.ofMillis(800);

    private final Browser browser;
    private final WebDriver driver;
    private final WebDriverWait wait;

    TaskForm(Browser browser) {
        this.browser = browser;
        this.driver = browser.driver();
        this.wait = browser.await();
    }

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

    /** What a text field holds now. */
    public String textValue(String labelText) {
        return value(fieldId(labelText));
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
        List<String> headings = new ArrayList<>(List.of(month));
        open.findElements(By.cssSelector(".flatpickr-weekday")).stream().map(Browser::safeText).forEach(headings::add);
        driver.findElement(By.id(id)).sendKeys(Keys.TAB);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(calendar));
        return headings;
    }
}
