package cn.gov.xinbei.pfp.security.keycloak;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 18 point 6: Keycloak in the operators' health, from the realm's discovery document over real HTTP. */
class KeycloakHealthIndicatorTest {

    private static final String DISCOVERY = "/realms/xinbei/.well-known/openid-configuration";

    @Test
    void upWhileTheRealmAnswersDownWhenItDoesNot() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(DISCOVERY, exchange -> {
            byte[] body = "{\"issuer\":\"x\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/realms/gone/", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            Health up = indicator(base + DISCOVERY).health();
            assertThat(up.getStatus()).isEqualTo(Status.UP);
            assertThat(up.getDetails()).containsEntry("issuer", "issuer-of-test");

            Health unknownRealm = indicator(base + "/realms/gone/.well-known/openid-configuration").health();
            assertThat(unknownRealm.getStatus()).isEqualTo(Status.DOWN);
        } finally {
            server.stop(0);
        }
        Health away = indicator("http://127.0.0.1:" + closedPort() + DISCOVERY).health();
        assertThat(away.getStatus()).isEqualTo(Status.DOWN);
        assertThat(away.getDetails()).containsKey("error").containsEntry("issuer", "issuer-of-test");
    }

    private static KeycloakHealthIndicator indicator(String discovery) {
        return new KeycloakHealthIndicator(new KeycloakAvailability(discovery), "issuer-of-test");
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
