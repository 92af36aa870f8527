package cn.gov.xinbei.pfp.browser;

import cn.gov.xinbei.pfp.keycloak.KeycloakTestRealm;
import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, finding 1, in the "keycloak" profile: the browser signs on through Keycloak's login form, so the
 * application's session cookie is what a foreign page could ride on (bearer tokens are never sent by a browser on its
 * own). A page of another origin on the same site (the cookie goes along) and one of another site auto-submit forms
 * to the API, the webapps' engine API and the desk: each is refused, and nothing is written.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "keycloak"})
@TestPropertySource(properties = {
        "XINBEI_WEB_CLIENT_SECRET=xinbei-web-demo-secret",
        "XINBEI_IDENTITY_CLIENT_SECRET=xinbei-identity-demo-secret"})
class KeycloakCrossSiteRequestBrowserIT {

    private static final String PASSWORD = "demo";
    private static final String ENGINE_API = "/camunda/api/engine/engine/default";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtimeService;

    private ForeignSite foreign;
    private Browser browser;

    @BeforeAll
    static void keycloakRuns() throws Exception {
        KeycloakTestRealm.ensureRunning();
    }

    @BeforeEach
    void foreignSite() throws IOException {
        foreign = new ForeignSite().page("/post.html", this::postPage);
    }

    @AfterEach
    void closeAll() throws IOException {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            foreign.close();
            CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
            jdbc.update("delete from assistance_reverification_run");
        }
    }

    /** The application as the browser addresses it (the address Keycloak sends the browser back to). */
    private String app() {
        return "http://localhost:" + port;
    }

    /** A page that posts an empty plain form to the application path in its query as soon as it loads. */
    private String postPage(String path) {
        return """
                <!doctype html><html><head><meta charset="utf-8"><title>通知</title></head><body>
                <form id="f" method="post" action="%s%s"><input name="note" value="x"></form>
                <script>document.getElementById('f').submit();</script></body></html>
                """.formatted(app(), path);
    }

    @Test
    void aForeignPageCannotUseTheSignOnSessionForTheApiOrTheEngine() throws Exception {
        int runs = count("assistance_reverification_run");
        int instances = count("ACT_RU_EXECUTION");
        browser = new Browser("keycloak-cross-site-bureau-clerk");
        try {
            new TasklistPage(browser, port).signOnThroughKeycloak(KeycloakTestRealm.URL, "bureau.clerk", PASSWORD);
            WebDriver driver = browser.driver();
            // The session works from the application's own pages: a same-origin call of the engine API is signed in.
            Object own = ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[0];"
                    + " fetch('" + ENGINE_API + "/task/count').then(r => done(r.status), e => done(String(e)));");
            assertThat(String.valueOf(own)).as("same-origin read in the signed-on session").isEqualTo("200");

            for (String site : List.of(foreign.at("localhost"), foreign.at("127.0.0.1"))) {
                for (String target : List.of("/api/assistance/reverifications/2010",
                        ENGINE_API + "/process-definition/key/secondChildApproval/submit-form")) {
                    driver.get(site + "/post.html?" + target);
                    browser.await().until(d -> d.getCurrentUrl().startsWith(app()) && !Browser.bodyText(d).isBlank());
                    assertThat(Browser.bodyText(driver)).as("%s from %s", target, site)
                            .contains("CROSS_SITE_REQUEST", "拒绝来自其他网站的请求");
                }
            }
        } catch (RuntimeException | AssertionError e) {
            browser.dumpPage("failure");
            throw e;
        }
        assertThat(count("assistance_reverification_run")).as("re-verification runs").isEqualTo(runs);
        assertThat(count("ACT_RU_EXECUTION")).as("process executions").isEqualTo(instances);
    }

    @Test
    void aForeignPageCannotPostToTheDeskWithTheSignOnSession() throws Exception {
        int figures = count("configuration_figure");
        browser = new Browser("keycloak-cross-site-desk-admin");
        try {
            WebDriver driver = browser.driver();
            driver.get(app() + "/desk");
            new TasklistPage(browser, port).typeKeycloakCredentials(KeycloakTestRealm.URL, "admin", PASSWORD);
            browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".desk-user")));
            assertThat(driver.getCurrentUrl()).startsWith(app() + "/desk");

            // Same site, another origin: the session cookie goes along, the form has no CSRF token.
            driver.get(foreign.at("localhost") + "/post.html?/desk/configuration-gaps/figure");
            browser.await().until(d -> d.getCurrentUrl().startsWith(app()) && !Browser.bodyText(d).isBlank());
            assertThat(Browser.bodyText(driver)).contains("表单已过期或并非来自本系统页面").doesNotContain("Whitelabel");
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
