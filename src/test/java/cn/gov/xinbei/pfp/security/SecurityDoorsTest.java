package cn.gov.xinbei.pfp.security;

import cn.gov.xinbei.pfp.assistance.process.AssistanceApplications;
import cn.gov.xinbei.pfp.organization.InternalProcesses;
import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16 over real HTTP (default profile): internal processes cannot be started by any user through /engine-rest
 * (findings 4), process statistics are for the district only and a message to another town's case answers as a
 * missing key (finding 6), browsers' cross-site changing requests are refused while programs go on (finding 1), and
 * every page carries Referrer-Policy, Permissions-Policy and a Content-Security-Policy (finding 8).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SecurityDoorsTest {

    static final String PASSWORD = "demo";
    /** Every demo role of the authorization matrix. */
    static final List<String> USERS = List.of("chunjiang.clerk", "menghe.clerk", "chunjiang.head", "bureau.clerk",
            "bureau.head", "police.liaison", "finance.liaison", "health.liaison", "hr.liaison", "drugs.liaison",
            "women.liaison", "admin", "engine.admin");
    static final String EVIL = "http://evil.example";

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void cleanUp() {
        CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
    }

    // ---------------------------------------------------------------- finding 4: internal processes

    @Test
    void noRoleStartsAnInternalProcessThroughEngineRest() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (String key : InternalProcesses.KEYS) {
            for (String user : USERS) {
                for (String door : List.of("start", "submit-form")) {
                    HttpResponse<String> answer = send(user, "POST", "/engine-rest/process-definition/key/" + key + "/"
                            + door, "{\"businessKey\":\"TN-2026-00001/police\",\"variables\":{}}", Map.of());
                    // engine.admin may not even read the definitions: for it the process does not exist (404).
                    if (answer.statusCode() != 403 && !(user.equals("engine.admin") && answer.statusCode() == 404)) {
                        wrong.add(user + " " + door + " " + key + ": " + answer.statusCode() + " " + answer.body());
                    }
                }
            }
            assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(key).count())
                    .as("instances of %s", key).isZero();
        }
        assertThat(wrong).as("starts of internal processes not refused").isEmpty();
    }

    @Test
    void noRoleStartsAnInternalProcessByIdNorSeesItAsStartable() throws Exception {
        for (String key : InternalProcesses.KEYS) {
            String id = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
                    .singleResult().getId();
            for (String user : List.of("bureau.clerk", "engine.admin", "admin")) {
                assertThat(send(user, "POST", "/engine-rest/process-definition/" + id + "/start", "{}", Map.of())
                        .statusCode()).as("%s starts %s by id", user, key).isIn(403, 404);
            }
        }
        for (String user : USERS) {
            for (String query : List.of("?startablePermissionCheck=true", "?startableInTasklist=true&startablePermissionCheck=true")) {
                String body = send(user, "GET", "/engine-rest/process-definition" + query, null, Map.of()).body();
                for (String key : InternalProcesses.KEYS) {
                    assertThat(body).as("%s's startable processes", user).doesNotContain("\"key\":\"" + key + "\"");
                }
            }
        }
        // The processes users do start from outside stay startable by their groups.
        assertThat(send("bureau.clerk", "GET", "/engine-rest/process-definition?startablePermissionCheck=true"
                + "&startableInTasklist=true", null, Map.of()).body()).contains("\"key\":\"twoNonJointCase\"",
                "\"key\":\"secondChildApproval\"");
        assertThat(send("chunjiang.clerk", "GET", "/engine-rest/process-definition?startablePermissionCheck=true",
                null, Map.of()).body()).contains("\"key\":\"secondChildApproval\"")
                .doesNotContain("\"key\":\"twoNonJointCase\"");
    }

    // ---------------------------------------------------------------- finding 6: statistics, message oracle

    @ParameterizedTest
    @ValueSource(strings = {"/engine-rest/process-definition/statistics",
            "/engine-rest/process-definition/key/secondChildApproval/statistics"})
    void processStatisticsAreForTheDistrictOnly(String path) throws Exception {
        List<String> wrong = new ArrayList<>();
        for (String user : USERS) {
            int expected = List.of("bureau.clerk", "bureau.head").contains(user) ? 200 : 403;
            int status = send(user, "GET", path, null, Map.of()).statusCode();
            // engine.admin may not read the process definition: for it the process does not exist (404).
            if (status != expected && !(user.equals("engine.admin") && status == 404)) {
                wrong.add(user + ": " + status + " (expected " + expected + ")");
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aMessageToAnotherTownsCaseAnswersLikeAMissingKey() throws Exception {
        CaseTestSupport.clockAt(LocalDate.of(2012, 3, 1));
        String caseNumber = runtimeService.startProcessInstanceByKey("assistanceEligibility",
                new HashMap<>(AssistanceApplications.ruralAward())).getBusinessKey();
        String instanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .singleResult().getId();
        HttpResponse<String> otherTown = send("menghe.clerk", "POST", "/engine-rest/message",
                "{\"messageName\":\"assistanceObjection\",\"businessKey\":\"" + caseNumber + "\"}", Map.of());
        HttpResponse<String> missing = send("menghe.clerk", "POST", "/engine-rest/message",
                "{\"messageName\":\"assistanceObjection\",\"businessKey\":\"AE-2012-99999\"}", Map.of());
        assertThat(otherTown.statusCode()).isEqualTo(missing.statusCode());
        assertThat(otherTown.body()).isEqualTo(missing.body()).doesNotContain(instanceId);
        HttpResponse<String> all = send("menghe.clerk", "POST", "/engine-rest/message",
                "{\"messageName\":\"assistanceObjection\",\"businessKey\":\"" + caseNumber + "\",\"all\":true}", Map.of());
        HttpResponse<String> allMissing = send("menghe.clerk", "POST", "/engine-rest/message",
                "{\"messageName\":\"assistanceObjection\",\"businessKey\":\"AE-2012-99999\",\"all\":true}", Map.of());
        assertThat(all.statusCode()).isEqualTo(allMissing.statusCode());
        assertThat(all.body()).isEqualTo(allMissing.body());
        assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(instanceId)
                .variableName("lastObjection").count()).as("nothing correlated").isZero();
    }

    // ---------------------------------------------------------------- finding 1: cross-site requests

    @Test
    void browsersCrossSiteChangesAreRefusedAndProgramsGoOn() throws Exception {
        String path = "/api/assistance/reverifications/2003"; // a year before the schemes: 400 when let through
        assertThat(send("bureau.clerk", "POST", path, "", Map.of()).statusCode()).as("a program").isEqualTo(400);
        assertThat(send("bureau.clerk", "POST", path, "", Map.of("Origin", origin(), "Sec-Fetch-Site", "same-origin"))
                .statusCode()).as("this server's own page").isEqualTo(400);
        for (Map<String, String> foreign : List.of(Map.of("Origin", EVIL), Map.of("Origin", "null"),
                Map.of("Origin", "http://127.0.0.1:" + (port + 1)), Map.of("Sec-Fetch-Site", "cross-site"),
                Map.of("Sec-Fetch-Site", "same-site"), Map.of("Origin", EVIL, "Sec-Fetch-Site", "cross-site"))) {
            HttpResponse<String> answer = send("bureau.clerk", "POST", path, "", foreign);
            assertThat(answer.statusCode()).as("%s", foreign).isEqualTo(403);
            assertThat(answer.body()).contains("\"code\":\"CROSS_SITE_REQUEST\"", "拒绝来自其他网站的请求");
        }
        // Reads are not changes.
        assertThat(send("bureau.clerk", "GET", "/api/assistance/reverifications/2003", null, Map.of("Origin", EVIL))
                .statusCode()).isEqualTo(404);
        // The engine's REST API and the webapps' engine API likewise.
        assertThat(send("bureau.clerk", "POST", "/engine-rest/process-definition/key/secondChildApproval/start",
                "{}", Map.of("Origin", EVIL)).statusCode()).isEqualTo(403);
        assertThat(send(null, "POST", "/camunda/api/admin/auth/user/default/login/tasklist",
                "username=bureau.clerk&password=demo", Map.of("Origin", EVIL, "Content-Type",
                        "application/x-www-form-urlencoded")).statusCode()).isEqualTo(403);
        assertThat(runtimeService.createProcessInstanceQuery().count()).isZero();
    }

    @Test
    void aCrossSiteUploadIsRefusedAndWritesNothing() throws Exception {
        int before = jdbc.queryForObject("select count(*) from department_upload", Integer.class);
        String boundary = "----boundary16";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nBIRTH_REGISTRATION\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"town\"\r\n\r\nchunjiang\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"month\"\r\n\r\n2012-02\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"births.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n出生日期,婴儿姓名,婴儿性别,婴儿公民身份号码,孩次,母亲姓名,母亲公民身份号码\n\r\n"
                + "--" + boundary + "--\r\n";
        HttpResponse<String> answer = send("police.liaison", "POST", "/api/department-data/uploads", body,
                Map.of("Origin", EVIL, "Content-Type", "multipart/form-data; boundary=" + boundary));
        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from department_upload", Integer.class)).isEqualTo(before);
    }

    // ---------------------------------------------------------------- finding 8: headers

    @Test
    void everyPageCarriesTheSecurityHeaders() throws Exception {
        // As a browser asks for them (Accept: text/html, redirects followed), and a few API answers.
        List<String> pages = List.of("/desk/login", "/desk", "/camunda/app/", "/camunda/app/tasklist/",
                "/camunda/app/tasklist/default/", "/camunda/app/cockpit/default/", "/camunda/app/admin/default/",
                "/api/docs/ui", "/no/such/page", "/desk/no-such-page", "/camunda/app/no-such-app/",
                "/api/cases", "/engine-rest/task", "/api/organization");
        List<String> wrong = new ArrayList<>();
        int html = 0;
        for (String page : pages) {
            String user = page.startsWith("/api/organization") ? "bureau.clerk" : null;
            HttpResponse<String> answer = browse(user, page);
            String type = answer.headers().firstValue("Content-Type").orElse("");
            html += type.startsWith("text/html") ? 1 : 0;
            for (String header : List.of("Referrer-Policy", "Permissions-Policy", "Content-Security-Policy")) {
                if (answer.headers().firstValue(header).isEmpty()) {
                    wrong.add(page + " (" + answer.statusCode() + " " + type + ") lacks " + header);
                }
            }
            System.out.printf("%-36s %d %-28s CSP %s%n", page, answer.statusCode(), type,
                    answer.headers().firstValue("Content-Security-Policy").orElse("-"));
        }
        assertThat(wrong).isEmpty();
        assertThat(html).as("HTML pages among them").isGreaterThanOrEqualTo(9);
        HttpResponse<String> desk = send(null, "GET", "/desk/login", null, Map.of());
        assertThat(desk.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("'nonce-");
        assertThat(desk.headers().allValues("Content-Security-Policy")).hasSize(1);
        assertThat(desk.headers().firstValue("Permissions-Policy").orElseThrow()).contains("camera=()",
                "microphone=()", "geolocation=()");
        assertThat(desk.headers().firstValue("Referrer-Policy").orElseThrow()).isEqualTo("same-origin");
    }

    // ---------------------------------------------------------------- helpers

    private String origin() {
        return "http://localhost:" + port;
    }

    /** GET as a browser: asks for HTML and follows redirects. */
    private HttpResponse<String> browse(String user, String path) throws IOException, InterruptedException {
        HttpClient following = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin() + path))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return following.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(String user, String method, String path, String body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        if (body != null && !headers.containsKey("Content-Type")) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
