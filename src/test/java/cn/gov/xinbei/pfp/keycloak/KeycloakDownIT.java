package cn.gov.xinbei.pfp.keycloak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "keycloak" profile while Keycloak does not answer (nothing listens on its port): the application runs, browsers
 * get a Chinese "sign-on unavailable" page instead of a redirect into a refused connection, and the API answers 503
 * (the token cannot be checked) rather than 401 (the caller's fault) or 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "XINBEI_WEB_CLIENT_SECRET=xinbei-web-demo-secret",
        "XINBEI_IDENTITY_CLIENT_SECRET=xinbei-identity-demo-secret",
        // The discard port: no Keycloak there.
        "app.keycloak.url=http://127.0.0.1:9"})
@ActiveProfiles({"test", "keycloak"})
class KeycloakDownIT {

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void browsersGetAChineseSignOnUnavailablePage() throws Exception {
        for (String page : new String[] {"/camunda/app/tasklist/", "/desk/deadlines"}) {
            HttpResponse<String> response = get(page, "text/html", null);
            assertThat(response.statusCode()).as(page).isEqualTo(503);
            assertThat(response.body()).as(page).contains("统一身份认证服务");
        }
    }

    @Test
    void apiCallsWithABearerTokenAnswerServiceUnavailable() throws Exception {
        // Well-formed, signed by nobody: the key set that would decide it cannot be fetched.
        String token = part("{\"alg\":\"RS256\",\"kid\":\"k1\",\"typ\":\"JWT\"}") + "."
                + part("{\"sub\":\"x\",\"preferred_username\":\"bureau.clerk\",\"iss\":\"http://127.0.0.1:9/realms/xinbei\"}")
                + "." + part("signature");
        HttpResponse<String> response = get("/api/cases", "application/json", token);
        assertThat(response.statusCode()).isEqualTo(503);
        JsonNode body = json.readTree(response.body());
        assertThat(body.path("code").asText()).isEqualTo("IDENTITY_PROVIDER_UNAVAILABLE");
        assertThat(body.path("message").asText()).contains("统一身份认证服务");
    }

    private HttpResponse<String> get(String path, String accept, String bearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", accept).GET();
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String part(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
