package cn.gov.xinbei.pfp.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/**
 * One headless Chromium as the bureau's users have it: Chinese, in China time, with a fresh profile (so a second
 * Browser is a second user with no shared cookies). Needs Chromium and chromedriver at /usr/bin (Debian packages
 * chromium, chromium-driver); Selenium Manager is never asked to download anything. Screenshots of the steps, and
 * the page source when a step fails, go to target/screenshots/.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /**
     * How long a condition may take before the test fails. Waits end as soon as the condition holds, so this costs
     * nothing on a quiet machine; on a loaded 2-core machine a Tasklist round trip took over 30 s (issue 19).
     */
    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    private final String name;
    private final Path profile;
    private final ChromeDriverService service;
    private final WebDriver driver;
    private final WebDriverWait wait;
    private final long started = System.nanoTime();
    private int shot;

    /** @param name prefix of this browser's screenshots, e.g. the test and user */
    public Browser(String name) throws IOException {
        this.name = name;
        Files.createDirectories(SCREENSHOTS);
        profile = Files.createTempDirectory("chromium-profile-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--lang=zh-CN", "--window-size=1400,1000", "--user-data-dir=" + profile.toAbsolutePath());
        // Headless Chromium takes navigator.languages from this preference, not from --lang alone; the Camunda
        // webapps choose their language from navigator.languages.
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                // China time, as on the bureau's computers: the webapps show times in the browser's zone.
                .withEnvironment(Map.of("TZ", "Asia/Shanghai"))
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, TIMEOUT, Duration.ofMillis(100));
    }

    public WebDriver driver() {
        return driver;
    }

    public WebDriverWait await() {
        return wait;
    }

    /**
     * Opens a desk page and signs in on the desk's login form it leads to (the default profile's users); waits until
     * the header shows the signed-in user (by name, groups and the sign-out button).
     */
    public void signInToTheDesk(String pageUrl, String user, String password) {
        driver.get(pageUrl);
        await().until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("button[type='submit']")).click();
        await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".desk-user form button")));
    }

    /** What following a link gets in this browser: its cookies go along, no credentials of the test's own. */
    public record Fetched(int status, String contentType, byte[] body) {
    }

    public Fetched fetch(String href) {
        String answer = (String) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(async r => {"
                        + "  const bytes = new Uint8Array(await r.arrayBuffer()); let s = '';"
                        + "  for (const b of bytes) s += String.fromCharCode(b);"
                        + "  done(r.status + ' ' + r.headers.get('Content-Type') + ' ' + btoa(s));"
                        + "}).catch(e => done('0 failed ' + e));", href);
        String[] parts = answer.split(" ", 3);
        return new Fetched(Integer.parseInt(parts[0]), parts[1],
                parts.length < 3 || parts[0].equals("0") ? new byte[0] : java.util.Base64.getDecoder().decode(parts[2]));
    }

    public void scrollIntoView(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    public static String safeText(WebElement element) {
        try {
            return element.getText().replaceAll("\\s+", " ").trim();
        } catch (StaleElementReferenceException e) {
            return "";
        }
    }

    /** The text of the page's body, or empty while the page is still being replaced. */
    public static String bodyText(WebDriver driver) {
        try {
            return driver.findElement(org.openqa.selenium.By.tagName("body")).getText();
        } catch (RuntimeException e) {
            return "";
        }
    }

    public static boolean safeDisplayed(WebElement element) {
        try {
            return element.isDisplayed();
        } catch (StaleElementReferenceException e) {
            return false;
        }
    }

    public void screenshot(String step) {
        System.out.printf("[browser %s] %5.1f s  %s%n", name, (System.nanoTime() - started) / 1e9, step);
        try {
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(String.format("%s-%02d-%s.png", name, ++shot, step)), png);
        } catch (IOException | RuntimeException e) {
            System.err.println("screenshot " + step + " failed: " + e);
        }
    }

    /**
     * What the user would see, for a failure message: the page title, any notification and the open dialog's text
     * (CI keeps only the log, not the screenshots).
     */
    public String describePage() {
        try {
            StringBuilder page = new StringBuilder("title '").append(driver.getTitle()).append('\'');
            for (String css : new String[] {".notifications .alert", ".modal-dialog"}) {
                driver.findElements(org.openqa.selenium.By.cssSelector(css)).stream().filter(Browser::safeDisplayed)
                        .map(Browser::safeText).filter(t -> !t.isBlank())
                        .forEach(t -> page.append("; ").append(css).append(": ")
                                .append(t, 0, Math.min(t.length(), 400)));
            }
            return page.toString();
        } catch (RuntimeException e) {
            return "page not readable: " + e;
        }
    }

    public void dumpPage(String step) {
        screenshot(step);
        try {
            Files.writeString(SCREENSHOTS.resolve(String.format("%s-%02d-%s.html", name, shot, step)),
                    Optional.ofNullable(driver.getPageSource()).orElse(""));
        } catch (IOException | RuntimeException e) {
            System.err.println("page source " + step + " failed: " + e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
            service.stop();
        } finally {
            try (var paths = Files.walk(profile)) {
                paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}
