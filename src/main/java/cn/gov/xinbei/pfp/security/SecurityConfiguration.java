package cn.gov.xinbei.pfp.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

import java.util.Map;

/**
 * Who may call what, for the default profile (users and groups in Camunda's tables):
 * the project's API needs a signed-in user (HTTP Basic, checked against Camunda's identity service);
 * the supervisors' desk (/desk) signs in with a form against the same identity service, in a session with CSRF tokens;
 * /engine-rest needs one too (Camunda's own filter, so its authorizations apply); the Camunda webapps under
 * /camunda keep their own sign-in page and CSRF protection.
 * The "keycloak" profile replaces all of this with KeycloakSecurityConfiguration.
 */
@Configuration
@Profile("!keycloak")
public class SecurityConfiguration {

    static final String CAMUNDA_SETUP = "/camunda/api/admin/setup/**";

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
                // Reads may use the Tasklist's session (links to documents); nothing else does.
                .securityContext(c -> c.securityContextRepository(SharedSession.apiReads(identityService)))
                // Basic-auth calls carry no cookie a foreign site could ride on; session reads change nothing.
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
    SecurityFilterChain deskSecurity(HttpSecurity http, IdentityService identityService, ProcessEngine processEngine)
            throws Exception {
        http.securityMatcher(DeskPages.PATHS)
                // One sign-in with the Tasklist (SharedSession, WebappSignIn).
                .securityContext(c -> c.securityContextRepository(new DelegatingSecurityContextRepository(
                        new HttpSessionSecurityContextRepository(), SharedSession.deskFromTasklist(identityService))))
                .authenticationManager(new ProviderManager(new CamundaIdentityAuthenticationProvider(identityService)))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(DeskPages.LOGIN, DeskPages.ASSETS, DeskPages.DENIED).permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(e -> e.accessDeniedPage(DeskPages.DENIED))
                .formLogin(form -> form.loginPage(DeskPages.LOGIN).loginProcessingUrl(DeskPages.LOGIN)
                        .successHandler(new WebappSignIn(processEngine, DeskPages.HOME)).failureUrl(DeskPages.LOGIN + "?error"))
                .logout(logout -> logout.logoutUrl(DeskPages.LOGOUT).logoutSuccessUrl(DeskPages.LOGIN + "?logout"));
        // CSRF protection stays on: the desk posts forms from a session cookie.
        return http.build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain webappSecurity(HttpSecurity http) throws Exception {
        // The Camunda webapps authenticate and protect against CSRF themselves. Their first-run setup page would let
        // anyone create an engine administrator while none exists: administrators come from configuration instead
        // (demo users, or InitialAdministrator from environment variables).
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers(CAMUNDA_SETUP).denyAll()
                        .anyRequest().permitAll())
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
        return ApiSecurityResponses.unauthorized(json, "Basic realm=\"xinbei-pfp\"");
    }

    private static AccessDeniedHandler denied(ObjectMapper json) {
        return ApiSecurityResponses.denied(json);
    }
}
