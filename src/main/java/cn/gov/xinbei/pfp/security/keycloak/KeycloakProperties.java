package cn.gov.xinbei.pfp.security.keycloak;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/** Where the Keycloak realm is and which clients this application uses (config/keycloak.yml). */
@ConfigurationProperties(prefix = "app.keycloak")
public record KeycloakProperties(boolean enabled, String url, String realm, String webClientId,
                                 String webClientSecret, String audience, Duration clockSkew) {

    /** Spring Security's default tolerance between our clock and Keycloak's when checking a token's expiry. */
    static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(60);

    public KeycloakProperties {
        clockSkew = clockSkew == null ? DEFAULT_CLOCK_SKEW : clockSkew;
        if (enabled) {
            require(url, "app.keycloak.url (APP_KEYCLOAK_URL)");
            require(realm, "app.keycloak.realm (APP_KEYCLOAK_REALM)");
            require(webClientId, "app.keycloak.web-client-id");
            require(webClientSecret, "app.keycloak.web-client-secret (XINBEI_WEB_CLIENT_SECRET)");
            require(audience, "app.keycloak.audience");
            url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
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
