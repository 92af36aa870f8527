package cn.gov.xinbei.pfp.security.keycloak;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.web.authentication.logout.LogoutHandler;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Ends the user's Keycloak session too, server to server (Keycloak's logout endpoint with the refresh token and
 * the client's credentials). Without it, signing out of the Tasklist would sign the user straight back in, since
 * Keycloak still knows the browser. The webapps sign out by an XHR call, which cannot follow a redirect to Keycloak.
 */
class KeycloakSessionLogoutHandler implements LogoutHandler {

    private static final Logger log = LoggerFactory.getLogger(KeycloakSessionLogoutHandler.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final KeycloakProperties keycloak;
    private final OAuth2AuthorizedClientRepository authorizedClients;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    KeycloakSessionLogoutHandler(KeycloakProperties keycloak, OAuth2AuthorizedClientRepository authorizedClients) {
        this.keycloak = keycloak;
        this.authorizedClients = authorizedClients;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication == null) {
            return;
        }
        OAuth2AuthorizedClient client = authorizedClients.loadAuthorizedClient(
                KeycloakSecurityConfiguration.REGISTRATION_ID, authentication, request);
        OAuth2RefreshToken refreshToken = client == null ? null : client.getRefreshToken();
        if (refreshToken == null) {
            return;
        }
        String credentials = Base64.getEncoder().encodeToString((form(keycloak.webClientId()) + ":"
                + form(keycloak.webClientSecret())).getBytes(StandardCharsets.UTF_8));
        HttpRequest logout = HttpRequest.newBuilder(URI.create(keycloak.openIdConnectEndpoint("logout")))
                .timeout(TIMEOUT)
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("refresh_token=" + form(refreshToken.getTokenValue())))
                .build();
        try {
            int status = http.send(logout, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status >= 300) {
                log.warn("Keycloak refused to end the session of {} (HTTP {})", authentication.getName(), status);
            }
        } catch (IOException e) {
            // The local session ends anyway; Keycloak's ends by its own idle timeout.
            log.warn("Could not reach Keycloak to end the session of {}: {}", authentication.getName(), e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String form(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
