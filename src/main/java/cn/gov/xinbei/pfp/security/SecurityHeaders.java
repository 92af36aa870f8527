package cn.gov.xinbei.pfp.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.EnumSet;

/**
 * Headers on every response of the server, both profiles (issue 16, finding 8): {@code Referrer-Policy: same-origin}
 * (case numbers in addresses do not travel to other sites), {@code Permissions-Policy} denying camera, microphone,
 * geolocation and the other device features nobody here uses, and a Content-Security-Policy wherever no other one is
 * set: the desk sets its nonce policy (DeskContentSecurityPolicy), the Camunda webapps theirs; everything else (API
 * answers, Swagger UI, error pages, Spring's and Camunda's login pages) gets {@link #DEFAULT_POLICY}, added when the
 * response is about to be written, so a more specific policy set by anyone along the way wins.
 */
@Configuration
public class SecurityHeaders {

    static final String REFERRER_POLICY = "same-origin";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(),"
            + " bluetooth=(), hid=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), display-capture=(),"
            + " screen-wake-lock=(), publickey-credentials-get=()";
    static final String DEFAULT_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'none'";
    static final String CSP = "Content-Security-Policy";

    @Bean
    FilterRegistrationBean<Filter> securityHeadersFilter() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new Filter());
        registration.addUrlPatterns("/*");
        registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC,
                DispatcherType.FORWARD));
        registration.setName("security-headers");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    static final class Filter extends OncePerRequestFilter {

        @Override
        protected boolean shouldNotFilterErrorDispatch() {
            return false; // error pages get the headers too
        }

        @Override
        protected boolean shouldNotFilterAsyncDispatch() {
            return false;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            response.setHeader("Referrer-Policy", REFERRER_POLICY);
            response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
            DefaultPolicy wrapped = new DefaultPolicy(response);
            try {
                chain.doFilter(request, wrapped);
            } finally {
                wrapped.ensurePolicy();
            }
        }
    }

    /** Adds the default policy at the last moment headers can still be written, unless one is there already. */
    static final class DefaultPolicy extends HttpServletResponseWrapper {

        DefaultPolicy(HttpServletResponse response) {
            super(response);
        }

        void ensurePolicy() {
            HttpServletResponse response = (HttpServletResponse) getResponse();
            if (!response.isCommitted() && !response.containsHeader(CSP)) {
                response.setHeader(CSP, DEFAULT_POLICY);
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            ensurePolicy();
            return super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            ensurePolicy();
            return super.getWriter();
        }

        @Override
        public void flushBuffer() throws IOException {
            ensurePolicy();
            super.flushBuffer();
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            ensurePolicy();
            super.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            ensurePolicy();
            super.sendError(sc);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            ensurePolicy();
            super.sendRedirect(location);
        }
    }
}
