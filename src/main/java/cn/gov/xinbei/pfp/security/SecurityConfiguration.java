package cn.gov.xinbei.pfp.security;

import cn.gov.xinbei.pfp.web.ApiError;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Who may call what, for the default profile (users and groups in Camunda's tables):
 * the project's API needs a signed-in user (HTTP Basic, checked against Camunda's identity service);
 * /engine-rest needs one too (Camunda's own filter, so its authorizations apply); the Camunda webapps under
 * /camunda keep their own sign-in page and CSRF protection.
 */
@Configuration
public class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, IdentityService identityService, ObjectMapper json) throws Exception {
        ProviderManager authentication = new ProviderManager(new CamundaIdentityAuthenticationProvider(identityService));
        http.securityMatcher("/api/**")
                .authenticationManager(authentication)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/docs/**").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName("xinbei-pfp").authenticationEntryPoint(unauthorized(json)))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized(json)).accessDeniedHandler(denied(json)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless basic-auth calls carry no cookie a foreign site could ride on.
                .csrf(csrf -> csrf.disable())
                .addFilterAfter(new EngineAuthenticationFilter(identityService), BasicAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain engineRestSecurity(HttpSecurity http) throws Exception {
        // Authentication is Camunda's own filter (below); Spring Security adds its headers only.
        http.securityMatcher("/engine-rest/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain webappSecurity(HttpSecurity http) throws Exception {
        // The Camunda webapps authenticate and protect against CSRF themselves.
        http.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.addUrlPatterns("/engine-rest/*");
        registration.setInitParameters(Map.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName()));
        registration.setName("camunda-engine-rest-authentication");
        return registration;
    }

    private static AuthenticationEntryPoint unauthorized(ObjectMapper json) {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"xinbei-pfp\"");
            write(json, response, ApiError.of(401, "UNAUTHORIZED", "请先登录"));
        };
    }

    private static AccessDeniedHandler denied(ObjectMapper json) {
        return (request, response, e) -> write(json, response, ApiError.of(403, "FORBIDDEN", "无权进行此操作"));
    }

    private static void write(ObjectMapper json, jakarta.servlet.http.HttpServletResponse response, ApiError error)
            throws java.io.IOException {
        response.setStatus(error.status());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), error);
    }
}
