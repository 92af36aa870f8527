package cn.gov.xinbei.pfp.security.keycloak;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.InsufficientAuthenticationException;

import java.io.IOException;
import java.net.ServerSocket;

import static org.assertj.core.api.Assertions.assertThat;

/** A Keycloak outage shows a Chinese page, never a stack trace or the browser's connection error. */
class KeycloakLoginEntryPointTest {

    @Test
    void whileKeycloakIsDownTheBrowserGetsAChineseServiceUnavailablePage() throws Exception {
        KeycloakAvailability down = new KeycloakAvailability(
                "http://127.0.0.1:" + closedPort() + "/realms/xinbei/.well-known/openid-configuration");
        MockHttpServletResponse response = new MockHttpServletResponse();

        new KeycloakLoginEntryPoint(down, "/oauth2/authorization/keycloak")
                .commence(new MockHttpServletRequest("GET", "/camunda/app/tasklist/default/"), response,
                        new InsufficientAuthenticationException("not signed in"));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentType()).startsWith("text/html");
        assertThat(response.getContentAsString()).contains("统一身份认证服务暂时无法连接", "请联系系统管理员")
                .doesNotContain("Exception");
        assertThat(response.getRedirectedUrl()).isNull();
    }

    @Test
    void theUnknownUserPageOfTheWebappsIsChineseToo() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        new SpringSecurityAuthenticationProvider().augmentResponseByAuthenticationChallenge(response, null);
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentAsString()).contains("无法确认您的账号");
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
