package cn.gov.xinbei.pfp.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The desk's charts are readable on the bureau's screens (issue 15, point 5): at 1440×900 and at 1280×720 every
 * title, axis label and legend entry of the deadline and target charts is whole inside its chart box and covers no
 * other text (long names such as 照顾再生育一孩审批 and 人力资源和社会保障局 included). The charts are drawn as SVG,
 * so the browser measures each text as drawn ({@code chart-label-problems.js}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DeskChartsBrowserIT {

    @LocalServerPort
    int port;

    private Browser browser;
    private String testName;

    @BeforeEach
    void name(TestInfo info) {
        testName = info.getDisplayName().replaceAll("[^0-9A-Za-z]+", "-");
    }

    @AfterEach
    void close() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1440, 900", "1280, 720"})
    void chartLabelsAreWholeAndApartOnTheBureausScreens(int width, int height) throws IOException {
        browser = new Browser("charts-" + testName);
        browser.signInToTheDesk("http://localhost:" + port + "/desk/deadlines", "bureau.head", "demo");
        browser.driver().manage().window().setSize(new Dimension(width, height));
        try {
            assertReadable("/desk/deadlines", 3, List.of("照顾再生育一孩审批", "人力资源和社会保障局", "春江镇", "已逾期"));
            assertReadable("/desk/targets?year=2012&town=district", 2, List.of("出生政策符合率（%）", "孟河镇", "目标"));
        } catch (RuntimeException | AssertionError e) {
            browser.dumpPage("failure");
            throw e;
        }
    }

    private void assertReadable(String path, int charts, List<String> someLabels) {
        WebDriver page = browser.driver();
        page.get("http://localhost:" + port + path);
        browser.await().until(d -> d.findElements(By.cssSelector(".desk-chart")).size() == charts
                && d.findElements(By.cssSelector(".desk-chart")).stream()
                .allMatch(c -> !c.findElements(By.cssSelector("svg text")).isEmpty()));
        String drawn = String.join("|", texts(page));
        assertThat(drawn).as("labels drawn on " + path).contains(someLabels);
        // The bars grow in (ECharts' animation); labels settle with them: wait until nothing is cut or covered,
        // then say what still is.
        try {
            browser.await().until(d -> problems(d).isEmpty());
        } catch (TimeoutException e) {
            // reported below
        }
        browser.screenshot(path.replaceAll("[^a-z]+", "-"));
        assertThat(problems(page)).as("unreadable chart texts on " + path).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static List<String> problems(WebDriver page) {
        return (List<String>) ((JavascriptExecutor) page).executeScript(SCRIPT);
    }

    @SuppressWarnings("unchecked")
    private static List<String> texts(WebDriver page) {
        return (List<String>) ((JavascriptExecutor) page).executeScript(
                "return Array.from(document.querySelectorAll('.desk-chart svg text')).map(t => t.textContent);");
    }

    private static final String SCRIPT = load("/browser/chart-label-problems.js");

    private static String load(String resource) {
        try (InputStream in = DeskChartsBrowserIT.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
