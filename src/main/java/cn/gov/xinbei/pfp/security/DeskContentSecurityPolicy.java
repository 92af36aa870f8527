package cn.gov.xinbei.pfp.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A Content-Security-Policy for the desk's pages, which show names and ID numbers: scripts only from this server,
 * plus the pages' own inline scripts (the chart data) carrying this response's nonce, so an injected script does not
 * run; no plugins, no foreign base URL, no framing. Styles allow inline attributes: ECharts writes them into its
 * tooltips. Both profiles; the Camunda webapps send their own policy (Camunda's HeaderSecurityFilter).
 */
@Configuration
public class DeskContentSecurityPolicy {

    /** The request attribute the templates put on their inline scripts: {@code th:nonce="${cspNonce}"}. */
    public static final String NONCE_ATTRIBUTE = "cspNonce";
    private static final int NONCE_BYTES = 16;
    private static final String POLICY = "default-src 'self'; script-src 'self' 'nonce-%s'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
            + "frame-ancestors 'none'";

    @Bean
    FilterRegistrationBean<NonceFilter> deskContentSecurityPolicyFilter() {
        FilterRegistrationBean<NonceFilter> registration = new FilterRegistrationBean<>(new NonceFilter());
        registration.addUrlPatterns(DeskPages.HOME, DeskPages.HOME + "/*");
        registration.setName("desk-content-security-policy");
        return registration;
    }

    static final class NonceFilter extends OncePerRequestFilter {

        private final SecureRandom random = new SecureRandom();

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            byte[] bytes = new byte[NONCE_BYTES];
            random.nextBytes(bytes);
            String nonce = Base64.getEncoder().encodeToString(bytes);
            request.setAttribute(NONCE_ATTRIBUTE, nonce);
            response.setHeader("Content-Security-Policy", POLICY.formatted(nonce));
            chain.doFilter(request, response);
        }
    }
}
