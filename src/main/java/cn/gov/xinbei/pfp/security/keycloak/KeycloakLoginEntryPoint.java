package cn.gov.xinbei.pfp.security.keycloak;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

import java.io.IOException;

/**
 * Sends a browser that is not signed in to Keycloak's login page, or, while Keycloak does not answer, shows a
 * Chinese "sign-on unavailable" page (503) instead of letting the browser fail on a refused connection.
 */
public class KeycloakLoginEntryPoint implements AuthenticationEntryPoint {

    private final KeycloakAvailability availability;
    private final LoginUrlAuthenticationEntryPoint toKeycloak;

    public KeycloakLoginEntryPoint(KeycloakAvailability availability, String loginStart) {
        this.availability = availability;
        this.toKeycloak = new LoginUrlAuthenticationEntryPoint(loginStart);
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, jakarta.servlet.ServletException {
        if (availability.isAvailable()) {
            toKeycloak.commence(request, response, e);
        } else {
            SignOnPages.identityProviderUnavailable(response);
        }
    }
}
