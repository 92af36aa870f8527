package cn.gov.xinbei.pfp.security.keycloak;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Whether the realm's discovery document answers, checked before a browser is sent to Keycloak's login page, so a
 * Keycloak outage shows our Chinese error page rather than the browser's "connection refused". The answer is kept
 * for a few seconds so a burst of page loads makes one call.
 */
public class KeycloakAvailability {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static final Duration REMEMBER = Duration.ofSeconds(10);

    private final URI discovery;
    private final HttpClient http;
    private final Clock clock;
    private volatile Instant checkedAt = Instant.MIN;
    private volatile boolean available;

    public KeycloakAvailability(String discoveryUri) {
        this(discoveryUri, Clock.systemUTC());
    }

    KeycloakAvailability(String discoveryUri, Clock clock) {
        this.discovery = URI.create(discoveryUri);
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        this.clock = clock;
    }

    public boolean isAvailable() {
        Instant now = clock.instant();
        if (checkedAt.plus(REMEMBER).isAfter(now)) {
            return available;
        }
        available = probe();
        checkedAt = now;
        return available;
    }

    private boolean probe() {
        try {
            HttpRequest request = HttpRequest.newBuilder(discovery).timeout(TIMEOUT).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
