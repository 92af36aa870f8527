package cn.gov.xinbei.pfp.browser;

import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, finding 1, with a real foreign page in headless Chromium: a second small HTTP server on another port
 * serves a page that, as soon as it loads, posts a plain form (start the 2010 re-verification) or a multipart file
 * upload (department data) to the application. The browser has signed in before, with HTTP
 * Basic credentials it keeps and sends by itself; the desk with its session cookie. Nothing is written, and the
 * answers are the API's 403 (CROSS_SITE_REQUEST) and the desk's refusal page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CrossSiteRequestBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtimeService;

    private ForeignSite foreign;
    private final List<Browser> browsers = new ArrayList<>();

    @BeforeEach
    void foreignSite() throws IOException {
        foreign = new ForeignSite().page("/attack.html", this::attackPage)
                .page("/desk-attack.html", query -> deskAttackPage());
    }

    @AfterEach
    void closeAll() throws IOException {
        try {
            for (Browser browser : browsers) {
                browser.close();
            }
        } finally {
            foreign.close();
            CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
            jdbc.update("delete from assistance_reverification_run");
        }
    }

    private String app() {
        return "http://127.0.0.1:" + port;
    }

    /** Another site: localhost is not the same site as 127.0.0.1 (cross-site for Fetch Metadata). */
    private String crossSite() {
        return foreign.at("localhost");
    }

    /** The same host on another port: the same site, another origin (cookies are sent, Origin differs). */
    private String sameSiteOtherOrigin() {
        return foreign.at("127.0.0.1");
    }

    /**
     * The foreign page: submits one form as soon as it loads ({@code plain} or {@code upload}). Top level, not into a
     * frame: the application's answers may not be framed (X-Frame-Options, frame-ancestors), so the test reads them
     * where the browser lands.
     */
    private String attackPage(String form) {
        String plain = """
                <form id="f" method="post" action="%s/api/assistance/reverifications/2010"></form>
                """.formatted(app());
        String upload = """
                <form id="f" method="post" enctype="multipart/form-data" action="%s/api/department-data/uploads">
                  <input name="kind" value="BIRTH_REGISTRATION"><input name="town" value="chunjiang">
                  <input name="month" value="2012-02"><input type="file" name="file" id="file">
                </form>
                <script>
                  const csv = '出生日期,婴儿姓名,婴儿性别,婴儿公民身份号码,孩次,母亲姓名,母亲公民身份号码\n';
                  const files = new DataTransfer();
                  files.items.add(new File([csv], 'births.csv', {type: 'text/csv'}));
                  document.getElementById('file').files = files.files;
                </script>
                """.formatted(app());
        return "<!doctype html><html><head><meta charset=\"utf-8\"><title>领奖通知</title></head><body>"
                + ("upload".equals(form) ? upload : plain)
                + "<script>document.getElementById('f').submit();</script></body></html>";
    }

    private String deskAttackPage() {
        return """
                <!doctype html><html><head><meta charset="utf-8"><title>通知</title></head><body>
                <form id="f" method="post" action="%s/desk/configuration-gaps/figure">
                  <input name="kind" value="ASSISTANCE_RATE"><input name="key" value="RURAL_AWARD">
                  <input name="year" value="2013"><input name="amount" value="960">
                  <input name="source" value="新财社〔2013〕1号">
                </form>
                <script>document.getElementById('f').submit();</script></body></html>
                """.formatted(app());
    }

    @Test
    void aForeignPageCannotUseTheBrowsersBasicCredentials() throws IOException {
        int runs = count("assistance_reverification_run");
        int uploads = count("department_upload");
        for (String user : List.of("bureau.clerk", "police.liaison")) {
            Browser browser = new Browser("cross-site-" + user);
            browsers.add(browser);
            WebDriver driver = browser.driver();
            try {
                // Signed in once with HTTP Basic: the browser keeps the credentials for the API and sends them itself.
                driver.get("http://" + user + ":demo@127.0.0.1:" + port + "/api/organization");
                driver.get(app() + "/api/organization");
                assertThat(driver.getPageSource()).as("the cached credentials").contains("春江镇");
                // They work from the application's own pages: a same-origin change is signed in and reaches the
                // application's checks (the bureau: 400 for a year before the schemes; the police: 403 FORBIDDEN, not
                // their task) rather than 401 or the cross-site refusal.
                Object answer = ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[0];"
                        + " fetch('" + app() + "/api/assistance/reverifications/2003', {method: 'POST'})"
                        + ".then(r => r.text().then(t => done(r.status + ' ' + t)), e => done(String(e)));");
                assertThat(String.valueOf(answer)).as("same-origin POST as %s", user)
                        .startsWith(user.equals("bureau.clerk") ? "400 " : "403 ").doesNotContain("CROSS_SITE_REQUEST");

                for (String site : List.of(crossSite(), sameSiteOtherOrigin())) {
                    for (String form : List.of("plain", "upload")) {
                        driver.get(site + "/attack.html?" + form);
                        browser.await().until(d -> d.getCurrentUrl().startsWith(app()) && Browser.bodyText(d).contains("}"));
                        assertThat(Browser.bodyText(driver)).as("%s from %s as %s", form, site, user)
                                .contains("\"status\":403", "CROSS_SITE_REQUEST", "拒绝来自其他网站的请求");
                        browser.screenshot("refused-" + form + "-" + (site.contains("localhost") ? "cross" : "same")
                                + "-site");
                    }
                }
            } catch (RuntimeException | AssertionError e) {
                browser.dumpPage("failure");
                throw e;
            }
        }
        assertThat(count("assistance_reverification_run")).as("re-verification runs").isEqualTo(runs);
        assertThat(count("department_upload")).as("department uploads").isEqualTo(uploads);
    }

    @Test
    void aForeignPageCannotPostToTheDeskWithItsSessionCookie() throws IOException {
        int figures = count("configuration_figure");
        Browser browser = new Browser("cross-site-desk-admin");
        browsers.add(browser);
        WebDriver driver = browser.driver();
        try {
            browser.signInToTheDesk(app() + "/desk", "admin", "demo");
            // Same site (the session cookie goes along), another origin, no CSRF token: refused.
            driver.get(sameSiteOtherOrigin() + "/desk-attack.html");
            browser.await().until(d -> d.getCurrentUrl().startsWith(app()));
            browser.await().until(d -> !Browser.bodyText(d).isBlank());
            browser.dumpPage("desk-same-site");
            // The desk's own Chinese refusal page (DeskDeniedController), not Spring's English error page.
            assertThat(Browser.bodyText(driver)).contains("表单已过期或并非来自本系统页面").doesNotContain("Whitelabel");
            // Cross-site: the session cookie (SameSite=Lax) is not even sent; the desk asks to sign in.
            driver.get(crossSite() + "/desk-attack.html");
            browser.await().until(d -> d.getCurrentUrl().startsWith(app()));
            browser.await().until(d -> !Browser.bodyText(d).isBlank());
            browser.dumpPage("desk-cross-site");
        } catch (RuntimeException | AssertionError e) {
            browser.dumpPage("failure");
            throw e;
        }
        assertThat(count("configuration_figure")).as("figures entered").isEqualTo(figures);
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}
