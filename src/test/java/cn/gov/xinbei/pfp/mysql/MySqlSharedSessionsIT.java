package cn.gov.xinbei.pfp.mysql;

import cn.gov.xinbei.pfp.testing.RacesDatabaseTest;
import cn.gov.xinbei.pfp.migrantcertificate.Certificates;
import cn.gov.xinbei.pfp.shared.time.InstantColumns;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions in the production profile live in the database (cluster.SharedSessions, issue 18): a clerk signs in on the
 * desk of this node over HTTP, and another node, which knows only the database, finds her session with both sign-ins
 * in it (the desk's and the Tasklist's, security.WebappSignIn); the Tasklist's API answers her through it; signing out
 * removes it for every node. Same database and settings as {@link MySqlClusterRacesIT} (one application context).
 */
@RacesDatabaseTest
class MySqlSharedSessionsIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSignedInSessionIsInTheDatabaseForEveryNodeUntilSignOut() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        String login = browser.send(get("/desk/login"), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(login);
        assertThat(csrf.find()).as("CSRF token on the login page").isTrue();
        HttpResponse<String> signedIn = browser.send(post("/desk/login", "username=chunjiang.clerk&password=demo&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/desk"));
        String sessionId = sessionId(cookies);

        // Another node: nothing but the database.
        JdbcIndexedSessionRepository otherNode = new JdbcIndexedSessionRepository(new JdbcTemplate(dataSource),
                new TransactionTemplate(transactions));
        Session session = otherNode.findById(sessionId);
        assertThat(session).as("session %s in SPRING_SESSION", sessionId).isNotNull();
        SecurityContext desk = session.getAttribute("SPRING_SECURITY_CONTEXT");
        assertThat(desk.getAuthentication().getName()).isEqualTo("chunjiang.clerk");
        Authentications tasklist = session.getAttribute("authenticatedUser");
        assertThat(tasklist.getAuthenticationForProcessEngine("default").getName()).isEqualTo("chunjiang.clerk");
        assertThat(jdbc.queryForObject("select principal_name from SPRING_SESSION where session_id = ?", String.class,
                sessionId)).isEqualTo("chunjiang.clerk");

        // The desk and the Tasklist's API answer through it.
        HttpResponse<String> work = browser.send(get("/desk/work"), HttpResponse.BodyHandlers.ofString());
        assertThat(work.statusCode()).isEqualTo(200);
        assertThat(work.body()).contains("张敏", "案件办理");
        HttpResponse<String> webapps = browser.send(get("/camunda/api/admin/auth/user/default"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(webapps.statusCode()).isEqualTo(200);
        assertThat(webapps.body()).contains("chunjiang.clerk", "tasklist");

        // Signing out ends it for every node.
        Matcher logoutToken = CSRF.matcher(work.body());
        assertThat(logoutToken.find()).isTrue();
        browser.send(post("/desk/logout", "_csrf=" + URLEncoder.encode(logoutToken.group(1), StandardCharsets.UTF_8)),
                HttpResponse.BodyHandlers.ofString());
        assertThat(otherNode.findById(sessionId)).isNull();
    }

    /**
     * A point in time written by Hibernate (an entity's Instant) and read back by hand (shared.time.InstantColumns, the
     * deadline and workspace lists) is the same instant on MariaDB too: the case registered now was changed now.
     */
    @Test
    void instantsWrittenByHibernateReadBackTheSameByHand() throws Exception {
        Map<String, Object> application = new HashMap<>(Certificates.marriedWomanLeavingForAnotherProvince());
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        application.put("applicationDate", today.toString());
        application.put("departureDate", today.plusDays(10).toString());
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/migrant-certificate/applications"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "chunjiang.clerk:demo".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(new ObjectMapper().writeValueAsString(application))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String caseNumber = new ObjectMapper().readTree(created.body()).get("caseNumber").asText();
        Instant updated = jdbc.query("select updated_at from case_file where case_number = ?",
                (rs, n) -> InstantColumns.read(rs, "updated_at"), caseNumber).get(0);
        assertThat(Duration.between(updated, Instant.now()).abs()).isLessThan(Duration.ofMinutes(2));
    }

    private String sessionId(CookieManager cookies) {
        HttpCookie cookie = cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID")).findFirst().orElseThrow();
        // Spring Session's cookie carries the session id in Base64.
        return new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build();
    }

    private HttpRequest post(String path, String form) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }
}
