package cn.gov.xinbei.pfp.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The database away while a request is in a filter (signing in, the engine REST API's basic authentication, the
 * webapps' session checks), where no controller's error handler answers: 503 with Retry-After and a Chinese message
 * instead of the servlet container's 500. Failures inside controllers are answered by {@link ApiExceptionHandler}
 * and {@link EngineRestErrors} the same way.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            if (response.isCommitted()
                    || DatabaseFailures.classify(failure).orElse(null) != DatabaseFailures.Kind.UNAVAILABLE) {
                throw failure;
            }
            log.warn("Database unavailable: {} {}", request.getMethod(), failure.getClass().getName());
            response.resetBuffer();
            response.setStatus(503);
            response.setHeader("Retry-After", String.valueOf(DatabaseFailures.RETRY_AFTER_SECONDS));
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setContentType("application/json");
            response.getWriter().write("{\"type\":\"DATABASE_UNAVAILABLE\",\"status\":503,\"code\":\"DATABASE_UNAVAILABLE\","
                    + "\"message\":\"" + DatabaseFailures.UNAVAILABLE + "\",\"detail\":\"" + DatabaseFailures.UNAVAILABLE
                    + "\",\"violations\":[]}");
        }
    }
}
