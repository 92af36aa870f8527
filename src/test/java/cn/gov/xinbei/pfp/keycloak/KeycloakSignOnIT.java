package cn.gov.xinbei.pfp.keycloak;

import cn.gov.xinbei.pfp.browser.Browser;
import cn.gov.xinbei.pfp.organization.Organization;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The "keycloak" profile against a real Keycloak server with the demo realm (config/keycloak/xinbei-realm.json),
 * started by tools/keycloak.sh if it is not running yet: bearer tokens on the API and /engine-rest, users and
 * groups through the identity plugin, and a browser signing in to the Tasklist through Keycloak's login page.
 * Secrets are the realm file's demo defaults.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "XINBEI_WEB_CLIENT_SECRET=xinbei-web-demo-secret",
        "XINBEI_IDENTITY_CLIENT_SECRET=xinbei-identity-demo-secret",
        // No tolerance, so the expired-token test need not wait a minute past the token's expiry.
        "app.keycloak.clock-skew=0s",
        // As behind the production TLS proxy (README "Production sign-on").
        "server.forward-headers-strategy=native"})
@ActiveProfiles({"test", "keycloak"})
@AutoConfigureMockMvc
class KeycloakSignOnIT {

    static final String KEYCLOAK = KeycloakTestRealm.URL;

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;
    @Autowired
    Organization organization;
    @Autowired
    ObjectMapper json;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    final KeycloakTestRealm keycloak = new KeycloakTestRealm();

    @BeforeAll
    static void keycloakRuns() throws Exception {
        KeycloakTestRealm.ensureRunning();
    }

    @Test
    void aTownClerksTokenListsCasesAndALiaisonsTokenIsForbidden() throws Exception {
        HttpResponse<String> clerk = get("/api/cases", keycloak.token("chunjiang.clerk", "xinbei-pfp-test"));
        assertThat(clerk.statusCode()).isEqualTo(200);
        assertThat(json.readTree(clerk.body()).path("total").asInt(-1)).isZero();

        HttpResponse<String> liaison = get("/api/cases", keycloak.token("police.liaison", "xinbei-pfp-test"));
        assertThat(liaison.statusCode()).isEqualTo(403);
        assertThat(json.readTree(liaison.body()).path("message").asText()).isEqualTo("无权进行此操作");
    }

    @Test
    void tokensForAnotherAudienceNoTokenAndForgedTokensAreRefused() throws Exception {
        HttpResponse<String> otherAudience = get("/api/cases", keycloak.token("chunjiang.clerk", "xinbei-other-app"));
        assertThat(otherAudience.statusCode()).isEqualTo(401);
        assertThat(otherAudience.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Bearer"));

        HttpResponse<String> none = get("/api/cases", null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(json.readTree(none.body()).path("message").asText()).isEqualTo("请先登录");

        String valid = keycloak.token("bureau.clerk", "xinbei-pfp-test");
        String tampered = valid.substring(0, valid.lastIndexOf('.') + 1) + "AAAA";
        assertThat(get("/api/cases", tampered).statusCode()).isEqualTo(401);
        assertThat(get("/engine-rest/task", null).statusCode()).isEqualTo(401);
        assertThat(get("/engine-rest/task", keycloak.token("chunjiang.clerk", "xinbei-other-app")).statusCode()).isEqualTo(401);
    }

    @Test
    void anExpiredTokenIsRefusedThoughItWasValidBefore() throws Exception {
        // The test client's tokens live 2 seconds (config/keycloak/xinbei-realm.json).
        String shortLived = keycloak.token("bureau.clerk", "xinbei-pfp-test-short-lived");
        assertThat(get("/api/cases", shortLived).statusCode()).as("while valid").isEqualTo(200);
        Thread.sleep(3_000);
        HttpResponse<String> expired = get("/api/cases", shortLived);
        assertThat(expired.statusCode()).as("after expiry").isEqualTo(401);
        assertThat(expired.body()).doesNotContain("\"items\"");
    }

    @Test
    void engineRestRunsAsTheTokensUserWithCamundaAuthorizations() throws Exception {
        String clerk = keycloak.token("chunjiang.clerk", "xinbei-pfp-test");
        HttpResponse<String> groups = get("/engine-rest/group?member=chunjiang.clerk", clerk);
        assertThat(groups.statusCode()).isEqualTo(200);
        assertThat(json.readTree(groups.body()).findValuesAsText("id")).contains("chunjiang-clerk");
        // What the Tasklist shows for a task's candidate group, also to the town's head: the group's name.
        HttpResponse<String> clerksGroup = get("/engine-rest/group/chunjiang-clerk",
                keycloak.token("chunjiang.head", "xinbei-pfp-test"));
        assertThat(clerksGroup.statusCode()).as(clerksGroup.body()).isEqualTo(200);
        assertThat(json.readTree(clerksGroup.body()).path("name").asText()).isEqualTo("春江镇经办人");
        // Town clerks may start the second-child process (WorkflowAuthorizations on their Keycloak group); liaisons may not.
        String startable = "/engine-rest/process-definition?latestVersion=true&startablePermissionCheck=true";
        HttpResponse<String> asClerk = get(startable, clerk);
        assertThat(asClerk.statusCode()).isEqualTo(200);
        assertThat(json.readTree(asClerk.body()).findValuesAsText("key")).contains("secondChildApproval");
        HttpResponse<String> asLiaison = get(startable, keycloak.token("police.liaison", "xinbei-pfp-test"));
        assertThat(asLiaison.statusCode()).isEqualTo(200);
        assertThat(json.readTree(asLiaison.body()).findValuesAsText("key")).doesNotContain("secondChildApproval");
    }

    @Test
    void aSignedOnBrowserReadsTheApiWithItsSessionButChangesNothingWithoutAToken() throws Exception {
        // What the Tasklist's document links rely on: the browser sends its session cookie, not a token.
        MockHttpSession clerk = keycloak.signOn(mvc, "bureau.clerk");
        mvc.perform(MockMvcRequestBuilders.get("/api/cases").session(clerk))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
        mvc.perform(MockMvcRequestBuilders.get("/api/maintenance-fee/cases/MF-2012-99999/decision.pdf").session(clerk))
                .andExpect(status().isNotFound());
        // The same authorization as with a token: a liaison's session may not list cases.
        MockHttpSession liaison = keycloak.signOn(mvc, "police.liaison");
        mvc.perform(MockMvcRequestBuilders.get("/api/cases").session(liaison)).andExpect(status().isForbidden());
        // A change needs a bearer token: a foreign page cannot ride on the session (the API has no CSRF tokens).
        mvc.perform(MockMvcRequestBuilders.post("/api/two-non/reports").session(clerk)
                        .contentType("application/json")
                        .content("{\"channel\":\"HOTLINE\",\"anonymous\":true,\"facts\":\"举报某诊所为孕妇做非医学需要的胎儿性别鉴定\"}"))
                .andExpect(status().isUnauthorized());
        assertThat(jdbcCount("select count(*) from ACT_RU_EXECUTION where BUSINESS_KEY_ like 'TN-%'")).isZero();
    }

    @Test
    void theDesksOwnPasswordFormIsNotOfferedBesideKeycloak() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/desk/login"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("http://localhost/oauth2/authorization/keycloak"));
        MockHttpSession head = keycloak.signOn(mvc, "bureau.head");
        mvc.perform(MockMvcRequestBuilders.get("/desk/login").session(head))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/desk"));
        mvc.perform(MockMvcRequestBuilders.get("/desk").session(head)).andExpect(status().isOk());
    }

    @Test
    void camundaSeesKeycloaksUsersAndTheOrganizationsGroups() {
        assertThat(identityService.createGroupQuery().groupMember("chunjiang.clerk").list())
                .extracting(Group::getId).containsExactly("chunjiang-clerk");
        assertThat(identityService.createGroupQuery().list()).extracting(Group::getId)
                .containsExactlyInAnyOrderElementsOf(organization.allGroups().keySet());
        // Ids from Keycloak, names from the organization: the Tasklist shows 春江镇经办人, not chunjiang-clerk.
        assertThat(identityService.createGroupQuery().list())
                .allSatisfy(g -> assertThat(g.getName()).isEqualTo(organization.allGroups().get(g.getId())));
        assertThat(identityService.createGroupQuery().groupId("police-liaison").singleResult().getName())
                .isEqualTo("公安分局（派出所）联络员");
        User liaison = identityService.createUserQuery().userId("police.liaison").singleResult();
        assertThat(liaison).isNotNull();
        // Keycloak holds 杨 as the family name; the webapps show "first last", so the name is given whole.
        assertThat(liaison.getFirstName() + liaison.getLastName()).isEqualTo("杨警官");
        assertThat(identityService.createUserQuery().memberOfGroup("bureau-supervisor").list())
                .extracting(User::getId).containsExactly("bureau.head");
        assertThat(identityService.isReadOnly()).isTrue();
    }

    @Test
    void theWebappsSendTheBrowserToKeycloakAndTheirXhrCallsGet401() throws Exception {
        HttpResponse<String> page = get("/camunda/app/tasklist/default/", null);
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/oauth2/authorization/keycloak"));
        HttpResponse<String> start = get("/oauth2/authorization/keycloak", null);
        assertThat(start.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .startsWith(KEYCLOAK + "/realms/xinbei/protocol/openid-connect/auth?").contains("code_challenge="));
        assertThat(get("/camunda/api/admin/auth/user/default", null).statusCode()).isEqualTo(401);
    }

    @Test
    void behindTheTlsProxyKeycloakSendsTheBrowserBackToThePublicHttpsAddress() throws Exception {
        HttpResponse<String> proxied = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/oauth2/authorization/keycloak"))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "pfp.xinbei.example").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(proxied.statusCode()).isEqualTo(302);
        assertThat(proxied.headers().firstValue("Location").orElseThrow()).contains(
                "redirect_uri=https://pfp.xinbei.example/login/oauth2/code/keycloak&");
        // Its session cookie is then sent over https only.
        assertThat(proxied.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
                .startsWith("JSESSIONID=").containsIgnoringCase("Secure"));

        HttpResponse<String> direct = get("/oauth2/authorization/keycloak", null);
        assertThat(direct.headers().firstValue("Location").orElseThrow()).contains(
                "redirect_uri=http://localhost:" + port + "/login/oauth2/code/keycloak&");
    }

    @Test
    void aClerkSignsInToTheTasklistThroughKeycloakAndSignsOut() throws Exception {
        try (Browser chromium = new Browser("keycloakSignOn")) {
            WebDriver browser = chromium.driver();
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            String tasklist = "http://localhost:" + port + "/camunda/app/tasklist/default/";
            browser.get(tasklist);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
            assertThat(browser.getCurrentUrl()).startsWith(KEYCLOAK + "/realms/xinbei/");
            browser.findElement(By.id("username")).sendKeys("chunjiang.clerk");
            browser.findElement(By.id("password")).sendKeys("demo");
            browser.findElement(By.id("kc-login")).click();

            wait.until(ExpectedConditions.urlContains("localhost:" + port + "/camunda/app/tasklist/"));
            // The shared filters appear only to a signed-in user.
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "本组待办"));
            Object who = ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "fetch('/camunda/api/admin/auth/user/default').then(r => r.json()).then(j => done(j.userId + ' ' + j.authorizedApps));");
            assertThat(who.toString()).startsWith("chunjiang.clerk").contains("tasklist");

            // 退出 as the Tasklist does it (XHR with Camunda's CSRF token), then the page reload goes back to Keycloak.
            Object status = ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "const csrf = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN='));"
                            + "fetch('/camunda/api/admin/auth/user/default/logout', {method: 'POST',"
                            + " headers: {'X-XSRF-TOKEN': csrf ? csrf.substring(11) : ''}}).then(r => done(r.status));");
            assertThat(((Number) status).intValue()).isEqualTo(204);
            browser.get(tasklist);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
            assertThat(browser.getCurrentUrl()).startsWith(KEYCLOAK + "/realms/xinbei/");
        }
    }

    private int jdbcCount(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }

    private HttpResponse<String> get(String path, String bearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
