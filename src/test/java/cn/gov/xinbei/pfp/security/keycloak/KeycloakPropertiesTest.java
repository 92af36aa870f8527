package cn.gov.xinbei.pfp.security.keycloak;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeycloakPropertiesTest {

    private static KeycloakProperties with(String url, boolean allowInsecureHttp) {
        return new KeycloakProperties(true, url, "xinbei", "xinbei-pfp-web", "secret", "xinbei-pfp-api", null,
                allowInsecureHttp);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://sso.xinbei.example", "http://127.0.0.1:8180", "http://localhost:8180/",
            "http://[::1]:8180"})
    void httpsAnywhereAndPlainHttpOnThisMachineAreAccepted(String url) {
        assertThat(with(url, false).issuer()).startsWith(url.endsWith("/") ? url.substring(0, url.length() - 1) : url)
                .endsWith("/realms/xinbei");
    }

    @Test
    void plainHttpToAnotherMachineIsRefusedUnlessAllowed() {
        assertThatThrownBy(() -> with("http://sso.xinbei.example", false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("APP_KEYCLOAK_URL").hasMessageContaining("https");
        assertThat(with("http://sso.xinbei.example", true).issuer()).isEqualTo("http://sso.xinbei.example/realms/xinbei");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sso.xinbei.example", "ftp://sso.xinbei.example", "https://"})
    void somethingThatIsNotAnHttpUrlIsRefused(String url) {
        assertThatThrownBy(() -> with(url, true)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("APP_KEYCLOAK_URL");
    }

    @Test
    void theClientSecretIsRequired() {
        assertThatThrownBy(() -> new KeycloakProperties(true, "https://sso.xinbei.example", "xinbei", "xinbei-pfp-web",
                " ", "xinbei-pfp-api", null, false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("XINBEI_WEB_CLIENT_SECRET");
    }

    @Test
    void nothingIsCheckedWhenSignOnWithKeycloakIsOff() {
        assertThat(new KeycloakProperties(false, null, null, null, null, null, null, false).clockSkew())
                .isEqualTo(KeycloakProperties.DEFAULT_CLOCK_SKEW);
    }
}
