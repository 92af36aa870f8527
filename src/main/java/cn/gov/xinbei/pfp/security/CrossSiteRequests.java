package cn.gov.xinbei.pfp.security;

import cn.gov.xinbei.pfp.web.ApiProblem;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Refuses a request that changes something (POST, PUT, PATCH, DELETE, ...) when a browser sends it on behalf of
 * another site: a browser sends cached HTTP Basic credentials and cookies by itself, so a foreign page could otherwise
 * make a signed-in user's browser register, start or upload something (issue 16, finding 1). Covers the project's
 * API, /engine-rest and the webapps' engine API (/camunda/api, which has Camunda's CSRF tokens as well); the desk's
 * forms carry Spring Security's CSRF tokens. A browser is recognised by what it always sends with such a request:
 * {@code Origin} (refused unless it is this server's own origin or one of {@code app.security.allowed-origins}) and
 * Fetch Metadata ({@code Sec-Fetch-Site: cross-site} or {@code same-site} refused). Programs (curl, Java clients,
 * tests) send neither and are not affected. Both profiles. Refusals are the API's JSON error, 403.
 */
@Configuration
public class CrossSiteRequests {

    static final List<String> PATHS = List.of("/api/*", "/engine-rest/*", "/camunda/api/*");
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> FOREIGN_SITES = Set.of("cross-site", "same-site");
    private static final Logger log = LoggerFactory.getLogger(CrossSiteRequests.class);

    @Bean
    FilterRegistrationBean<Filter> crossSiteRequestFilter(ObjectMapper json,
            AllowedOriginsProperties properties) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
                new Filter(json, properties.allowedOrigins()));
        registration.setUrlPatterns(PATHS);
        registration.setName("cross-site-request-refusal");
        // Before Spring Security (-100) and Camunda's filters: no credential is even looked at.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    static final class Filter extends OncePerRequestFilter {

        private final ObjectMapper json;
        private final List<String> allowedOrigins;

        Filter(ObjectMapper json, List<String> allowedOrigins) {
            this.json = json;
            this.allowedOrigins = allowedOrigins.stream().filter(Objects::nonNull).map(String::strip)
                    .filter(o -> !o.isEmpty()).map(Filter::normalize).filter(Objects::nonNull).toList();
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT)) || isOwnSite(request)) {
                chain.doFilter(request, response);
                return;
            }
            log.warn("Refused a cross-site {} {} (Origin {}, Sec-Fetch-Site {})", request.getMethod(),
                    request.getRequestURI(), request.getHeader("Origin"), request.getHeader("Sec-Fetch-Site"));
            ApiSecurityResponses.write(json, response, ApiProblem.of(403, "CROSS_SITE_REQUEST",
                    "拒绝来自其他网站的请求：请在本系统的页面内操作，或由程序携带凭据直接调用接口"));
        }

        private boolean isOwnSite(HttpServletRequest request) {
            String origin = request.getHeader("Origin");
            if (origin != null) {
                String normalized = normalize(origin);
                return normalized != null
                        && (normalized.equals(ownOrigin(request)) || allowedOrigins.contains(normalized));
            }
            String site = request.getHeader("Sec-Fetch-Site");
            return site == null || !FOREIGN_SITES.contains(site.strip().toLowerCase(Locale.ROOT));
        }

        /** This server as the browser addressed it (the Host header; behind a proxy the forwarded host). */
        private static String ownOrigin(HttpServletRequest request) {
            return normalize(request.getScheme() + "://" + hostLiteral(request.getServerName()) + ":"
                    + request.getServerPort());
        }

        private static String hostLiteral(String host) {
            return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        }

        /** scheme://host:port, lower case, explicit port; null for "null" and anything that is not an origin. */
        static String normalize(String origin) {
            try {
                URI uri = URI.create(origin.strip());
                String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
                if (uri.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
                    return null;
                }
                int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
                return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}
