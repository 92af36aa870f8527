package cn.gov.xinbei.pfp.api;

import cn.gov.xinbei.pfp.secondchild.Applications;
import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15 point 3: the webapps' own engine API (/camunda/api/engine, which the Tasklist submits its forms to) answers
 * a refused step like /engine-rest does: 400 with our Chinese message, no engine code, class name or wrapper text; and
 * the refusal is logged as one INFO line, not as an ERROR with a stack trace. Real HTTP, signed in as the Tasklist
 * signs in (session cookie and Camunda's CSRF token).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class WebappEngineApiRefusalTest {

    private static final String ENGINE_API = "/camunda/api/engine/engine/default";

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcTemplate jdbc;

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    @BeforeEach
    void at2012() {
        CaseTestSupport.clockAt(LocalDate.of(2012, 3, 1));
    }

    @AfterEach
    void cleanUp() {
        identityService.clearAuthentication();
        CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
    }

    @Test
    void aTaskFormTheListenerRefusesIsA400InChineseAndTheTaskStaysOpen(CapturedOutput output) throws Exception {
        identityService.setAuthentication("chunjiang.clerk", List.of("chunjiang-clerk"));
        runtimeService.startProcessInstanceByKey("secondChildApproval", Applications.onlyChildCouple());
        identityService.clearAuthentication();
        Task task = taskService.createTaskQuery().processInstanceBusinessKey("SC-2012-00001").singleResult();
        signIn("chunjiang.clerk");

        HttpResponse<String> answer = post(ENGINE_API + "/task/" + task.getId() + "/submit-form",
                "{\"variables\":{\"acceptanceNote\":{\"value\":\"\u202E受理\",\"type\":\"String\"}}}");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("\"type\":\"INVALID_INPUT\"", "\"message\":\"输入有误：", "acceptanceNote")
                .doesNotContain("Exception", "ENGINE-", "Cannot submit", "TaskListener", "cn.gov");
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
        assertThat(output.getOut()).contains("Input refused: 输入有误：").doesNotContain("ENGINE-16004")
                .doesNotContain("at cn.gov.xinbei.pfp");
    }

    @Test
    void aStartFormTheEngineRefusesIsA400InChineseAndStartsNothing() throws Exception {
        signIn("chunjiang.clerk");
        long before = runtimeService.createProcessInstanceQuery().count();

        HttpResponse<String> answer = post(ENGINE_API + "/process-definition/key/secondChildApproval/submit-form",
                "{\"variables\":{}}");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("\"type\":\"INVALID_INPUT\"", "输入有误")
                .doesNotContain("Exception", "ENGINE-", "Cannot instantiate", "cn.gov");
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(before);
    }

    @Test
    void aRealEngineFailureIsStillLoggedAtErrorButAnsweredWithoutItsCode(CapturedOutput output) throws Exception {
        signIn("chunjiang.clerk");

        HttpResponse<String> answer = post(ENGINE_API + "/task/no-such-task/submit-form", "{\"variables\":{}}");

        assertThat(answer.statusCode()).isBetween(400, 599);
        assertThat(answer.body()).contains("请").doesNotContain("Exception", "ENGINE-", "Cannot submit");
        assertThat(output.getOut()).containsPattern("ERROR .*ENGINE-16004");
    }

    /** Signs in as the Tasklist does: Camunda's CSRF token from a page, then the login form with that token. */
    private void signIn(String user) throws IOException, InterruptedException {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/tasklist"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-XSRF-TOKEN", csrfToken())
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        // Signing in starts a new session; its CSRF token comes with the next read, as in the browser.
        HttpResponse<String> session = http.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default"))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(session.statusCode()).as(session.body()).isEqualTo(200);
    }

    private HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .header("X-XSRF-TOKEN", csrfToken())
                        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String csrfToken() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie"));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
