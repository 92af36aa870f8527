package cn.gov.xinbei.pfp.keycloak;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The local Keycloak server with the demo realm (config/keycloak/xinbei-realm.json) as the tests use it: started by
 * tools/keycloak.sh when it does not answer, access tokens through the test clients' password grant, and a real
 * sign-on session (authorization code flow through Keycloak's login form) for requests sent with MockMvc.
 * Every demo user's password is {@code demo}.
 */
public final class KeycloakTestRealm {

    public static final String URL = "http://127.0.0.1:" + System.getenv().getOrDefault("KEYCLOAK_PORT", "8180");
    public static final String TOKEN_ENDPOINT = URL + "/realms/xinbei/protocol/openid-connect/token";
    /** Test client: password grant, tokens for the API's audience. */
    public static final String API_TEST_CLIENT = "xinbei-pfp-test";
    /** The realm's tokens live 300 s; one older than this is fetched anew. */
    private static final Duration TOKEN_REUSE = Duration.ofSeconds(200);
    private static final String PASSWORD = "demo";
    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*\\bid=\"kc-form-login\"[^>]*>");
    private static final Pattern ACTION = Pattern.compile("\\baction=\"([^\"]+)\"");

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, CachedToken> tokens = new HashMap<>();

    private record CachedToken(String value, Instant fetched) {
    }

    /**
     * Idempotent: returns at once when the realm answers already (tools/test-all.sh starts it before the suite).
     * Output goes to a file: a child writing to the forked test JVM's stdout corrupts Failsafe's channel.
     */
    public static void ensureRunning() throws Exception {
        Path log = Path.of("target", "keycloak-start.log");
        Files.createDirectories(log.getParent());
        Process script = new ProcessBuilder("bash", "tools/keycloak.sh", "start")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        assertThat(script.waitFor(6, TimeUnit.MINUTES)).as("tools/keycloak.sh start finishes").isTrue();
        assertThat(script.exitValue()).as("tools/keycloak.sh start succeeds:%n%s", Files.readString(log)).isZero();
    }

    /** A fresh access token of the user from the client's password grant. */
    public String token(String user, String clientId) throws Exception {
        String form = "grant_type=password&client_id=" + enc(clientId) + "&username=" + enc(user)
                + "&password=" + PASSWORD;
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(TOKEN_ENDPOINT))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("token for %s from %s", user, clientId).isEqualTo(200);
        return json.readTree(response.body()).path("access_token").asText();
    }

    /** The user's API token, reused while well within its lifetime (a matrix sends hundreds of requests). */
    public String apiToken(String user) throws Exception {
        CachedToken cached = tokens.get(user);
        if (cached == null || cached.fetched().plus(TOKEN_REUSE).isBefore(Instant.now())) {
            cached = new CachedToken(token(user, API_TEST_CLIENT), Instant.now());
            tokens.put(user, cached);
        }
        return cached.value();
    }

    /**
     * Signs the user on as a browser does, against the application behind {@code mvc}: the application sends the
     * browser to Keycloak, the login form is posted with the user's password, and Keycloak's redirect back with the
     * authorization code is handed to the application, which exchanges it at Keycloak's token endpoint.
     * Returns the application's signed-in session.
     */
    public MockHttpSession signOn(MockMvc mvc, String user) throws Exception {
        MockHttpSession session = new MockHttpSession();
        MvcResult start = mvc.perform(get("/oauth2/authorization/keycloak").session(session)).andReturn();
        String authorize = start.getResponse().getRedirectedUrl();
        assertThat(authorize).as("redirect to Keycloak").startsWith(URL + "/realms/xinbei/");

        URI callback = login(URI.create(authorize), user);

        MvcResult done = mvc.perform(get(callback).session(session)).andReturn();
        assertThat(done.getResponse().getStatus()).as("the application completes the sign-on").isEqualTo(302);
        assertThat(session.getAttribute("SPRING_SECURITY_CONTEXT")).as("signed-in session of %s", user).isNotNull();
        return session;
    }

    /**
     * Keycloak's part of a sign-on: opens the authorization address the application redirected to, posts the login
     * form with the user's password and returns where Keycloak sends the browser back (the application's callback with
     * the authorization code).
     */
    public URI login(URI authorize, String user) throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(authorize).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(page.statusCode()).as("Keycloak's login page").isEqualTo(200);
        String action = loginFormAction(page.body());
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookiesOf(page))
                .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(user) + "&password=" + PASSWORD
                        + "&credentialId="))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(login.statusCode()).as("Keycloak accepts %s's password", user).isEqualTo(302);
        URI callback = URI.create(login.headers().firstValue("Location").orElseThrow());
        assertThat(callback.getQuery()).as("authorization code").contains("code=");
        return callback;
    }

    /**
     * The cookies Keycloak set with its login page, sent back by hand: they are marked Secure, and java.net's
     * CookieManager never sends a Secure cookie over plain http (browsers make an exception for 127.0.0.1).
     */
    private static String cookiesOf(HttpResponse<?> response) {
        List<String> cookies = response.headers().allValues("Set-Cookie").stream()
                .map(header -> header.split(";", 2)[0])
                .toList();
        assertThat(cookies).as("Keycloak's session cookies").isNotEmpty();
        return String.join("; ", cookies);
    }

    private static String loginFormAction(String html) {
        Matcher form = LOGIN_FORM.matcher(html);
        assertThat(form.find()).as("Keycloak's login form").isTrue();
        Matcher action = ACTION.matcher(form.group());
        assertThat(action.find()).as("the login form's action").isTrue();
        return action.group(1).replace("&amp;", "&");
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
