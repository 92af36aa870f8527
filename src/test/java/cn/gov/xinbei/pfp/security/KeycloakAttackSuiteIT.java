package cn.gov.xinbei.pfp.security;

import cn.gov.xinbei.pfp.keycloak.KeycloakTestRealm;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attack suite ({@link AttackSuite}) in the "keycloak" and "mysql" profiles, against the real Keycloak server
 * with the demo realm and MariaDB: /api and /engine-rest with the users' access tokens ({@code Authorization:
 * Bearer}), the desk and the Camunda webapps signed on over real HTTP through Keycloak's login form (the application
 * redirects to Keycloak, the form is posted, Keycloak redirects back with the code), then the same CSRF/XSRF handling
 * as in the default profile. The same attacks and assertions; to stay within about 3 minutes it sends every endpoint
 * its whole bodies, hostile path ids and bad files, and the engine doors all their attacks, but only every third
 * one-field mutation and hostile desk form value (each field still gets at least one; "field missing" on the desk is
 * always sent).
 * <p>
 * The database is {@code <APP_DB_NAME>_attack} on the server of the APP_DB_* variables (tools/test-all.sh creates it
 * fresh and grants it to the test user), never {@code mysql.MySqlProfileIT}'s: the two contexts live side by side in
 * the failsafe JVM (Spring caches both), and two engines on one database would wait on each other.
 * "test" before "mysql" keeps the test profile's settings (no job executor, no escalation schedule); "mysql" brings
 * Connector/J and Camunda's MySQL dialect. Locally: {@code APP_DB_USER=root APP_DB_NAME=xinbei_pfp_mine}.
 */
@ActiveProfiles({"test", "keycloak", "mysql"})
@TestPropertySource(properties = {
        // The mysql profile's address (config/database.yml) with the suite's own database.
        "spring.datasource.url=jdbc:mysql://${APP_DB_HOST:127.0.0.1}:${APP_DB_PORT:3306}"
                + "/${APP_DB_NAME:xinbei_pfp}_attack"
                + "?characterEncoding=UTF-8&useUnicode=true&serverTimezone=Asia/Shanghai&sendFractionalSeconds=false"
                + "&createDatabaseIfNotExist=true&nullCatalogMeansCurrent=true",
        "XINBEI_WEB_CLIENT_SECRET=xinbei-web-demo-secret",
        "XINBEI_IDENTITY_CLIENT_SECRET=xinbei-identity-demo-secret"})
class KeycloakAttackSuiteIT extends AttackSuite {

    /** One in this many generated mutations and desk values is sent. */
    private static final int SAMPLE_EVERY = 3;
    /** More redirects than a sign-on takes (desk → login entry → Keycloak; callback → saved page). */
    private static final int MAX_REDIRECTS = 6;

    @BeforeAll
    static void keycloakRuns() throws Exception {
        KeycloakTestRealm.ensureRunning();
    }

    @LocalManagementPort
    int managementPort;

    /** Issue 18 point 6: Keycloak is in the operators' health, but its absence alone must not make a node unready. */
    @Test
    void keycloakIsInTheOperatorsHealthButNotInReadiness() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> health = client.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + managementPort + "/actuator/health/keycloak")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").contains("/realms/xinbei");
        HttpResponse<String> readiness = client.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + managementPort + "/actuator/health/readiness")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(readiness.body()).contains("\"db\"").doesNotContain("keycloak");
    }

    @Override
    protected SignIn signIn() {
        return new KeycloakSignIn();
    }

    @Override
    protected <T> List<T> sample(List<T> values) {
        return IntStream.range(0, values.size()).filter(i -> i % SAMPLE_EVERY == 0).mapToObj(values::get).toList();
    }

    /** The keycloak profile's sign-in: bearer tokens for programs, Keycloak's login form for browsers. */
    static final class KeycloakSignIn implements SignIn {

        private static final String TASKLIST = "/camunda/app/tasklist/default/";
        private final KeycloakTestRealm keycloak = new KeycloakTestRealm();

        @Override
        public String authorization(String user) throws Exception {
            return "Bearer " + keycloak.apiToken(user);
        }

        @Override
        public void desk(HttpClient client, CookieManager cookies, String origin, String user) throws Exception {
            HttpResponse<String> desk = signOn(client, URI.create(origin + "/desk"), user);
            assertThat(desk.uri().getPath()).as("back on the desk").isEqualTo("/desk");
        }

        @Override
        public void webapp(HttpClient client, CookieManager cookies, String origin, String user) throws Exception {
            signOn(client, URI.create(origin + TASKLIST), user);
            // Camunda's XSRF token belongs to the signed-on session: a page of the webapps hands it out.
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(origin + TASKLIST)).GET()
                    .build(), AttackClient.ofString());
            assertThat(page.statusCode()).as("the Tasklist for %s", user).isEqualTo(200);
            assertThat(AttackClient.xsrf(cookies)).as("the Tasklist's XSRF token").isNotEmpty();
        }

        /**
         * Opens {@code page} as a browser: the application redirects to Keycloak, whose login form is posted with the
         * user's password; Keycloak's redirect back is followed to the page. Returns the page's answer.
         */
        private HttpResponse<String> signOn(HttpClient client, URI page, String user) throws Exception {
            HttpResponse<String> answer = follow(client, page, true);
            URI authorize = answer.uri().resolve(answer.headers().firstValue("Location").orElseThrow());
            assertThat(authorize.toString()).as("redirect to Keycloak").startsWith(KeycloakTestRealm.URL
                    + "/realms/xinbei/");
            HttpResponse<String> back = follow(client, keycloak.login(authorize, user), false);
            assertThat(back.statusCode()).as("%s signed on to %s", user, page).isEqualTo(200);
            return back;
        }

        /** Follows the application's redirects; stops before Keycloak when {@code toKeycloak}. */
        private static HttpResponse<String> follow(HttpClient client, URI start, boolean toKeycloak) throws Exception {
            URI next = start;
            for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
                HttpResponse<String> answer = client.send(HttpRequest.newBuilder(next).GET().build(),
                        AttackClient.ofString());
                String location = answer.headers().firstValue("Location").orElse(null);
                if (answer.statusCode() / 100 != 3 || location == null) {
                    assertThat(toKeycloak).as("%s answered %d before Keycloak", next, answer.statusCode()).isFalse();
                    return answer;
                }
                next = next.resolve(location);
                if (toKeycloak && next.toString().startsWith(KeycloakTestRealm.URL)) {
                    return answer;
                }
            }
            throw new IllegalStateException("more than " + MAX_REDIRECTS + " redirects from " + start);
        }
    }
}
