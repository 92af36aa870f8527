package cn.gov.xinbei.pfp.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Refuses API request bodies above the configured size before anything reads them (app.web.max-json-body-bytes).
 * File uploads (multipart) are limited by spring.servlet.multipart instead (config/web.yml).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final long maxBytes;
    private final ObjectMapper json;

    public RequestSizeLimitFilter(WebProperties properties, ObjectMapper json) {
        this.maxBytes = properties.maxJsonBodyBytes();
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String contentType = request.getContentType();
        return !request.getRequestURI().startsWith("/api/")
                || contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        // Chunked bodies carry no length: refuse them too, the API's clients always know their body's size.
        boolean hasBody = length > 0 || "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
        if (hasBody && (length < 0 || length > maxBytes)) {
            response.setStatus(413);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            json.writeValue(response.getOutputStream(), ApiProblem.of(413, "PAYLOAD_TOO_LARGE",
                    "请求内容过大，不能超过" + maxBytes / 1024 + "KB"));
            return;
        }
        chain.doFilter(request, response);
    }
}
