package cn.gov.xinbei.pfp.security.keycloak;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import static cn.gov.xinbei.pfp.shared.configuration.ConfigurationMessages.REQUIRED;

/**
 * Where the Keycloak realm is and which clients this application uses (config/keycloak.yml). {@code enabled} is
 * required; the other keys only when it is true (checked below, naming the environment variable to set).
 */
@Validated
@ConfigurationProperties(prefix = "app.keycloak")
public record KeycloakProperties(@NotNull(message = REQUIRED) Boolean enabled, String url, String realm, String webClientId,
                                 String webClientSecret, String audience, Duration clockSkew,
                                 boolean allowInsecureHttp) {

    /** Spring Security's default tolerance between our clock and Keycloak's when checking a token's expiry. */
    static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(60);
    private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    public KeycloakProperties {
        clockSkew = clockSkew == null ? DEFAULT_CLOCK_SKEW : clockSkew;
        if (Boolean.TRUE.equals(enabled)) {
            require(url, "app.keycloak.url (APP_KEYCLOAK_URL)");
            require(realm, "app.keycloak.realm (APP_KEYCLOAK_REALM)");
            require(webClientId, "app.keycloak.web-client-id");
            require(webClientSecret, "app.keycloak.web-client-secret (XINBEI_WEB_CLIENT_SECRET)");
            require(audience, "app.keycloak.audience");
            url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
            requireHttpsUnlessLoopback(url, allowInsecureHttp);
        }
    }

    /**
     * Passwords, codes and tokens cross the link to Keycloak: plain http is accepted only on this machine (the local
     * development server) or when explicitly allowed, e.g. behind a TLS-terminating proxy on a private network.
     */
    private static void requireHttpsUnlessLoopback(String url, boolean allowInsecureHttp) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("app.keycloak.url (APP_KEYCLOAK_URL) is not a URL: " + url, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new IllegalStateException("app.keycloak.url (APP_KEYCLOAK_URL) must be an http(s) URL: " + url);
        }
        if (scheme.equals("http") && !LOOPBACK_HOSTS.contains(uri.getHost().toLowerCase(Locale.ROOT))
                && !allowInsecureHttp) {
            throw new IllegalStateException("app.keycloak.url (APP_KEYCLOAK_URL) must use https outside this machine: "
                    + url + " (set APP_KEYCLOAK_ALLOW_INSECURE_HTTP=true only where the network is protected otherwise)");
        }
    }

    private static void require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Sign-on with Keycloak needs " + name);
        }
    }

    /** The realm's issuer identifier, as Keycloak writes it into tokens. */
    public String issuer() {
        return url + "/realms/" + realm;
    }

    public String openIdConnectEndpoint(String name) {
        return issuer() + "/protocol/openid-connect/" + name;
    }

    public String discoveryUri() {
        return issuer() + "/.well-known/openid-configuration";
    }
}
