package cn.gov.xinbei.pfp.security.keycloak;

import cn.gov.xinbei.pfp.security.ApiSecurityResponses;
import cn.gov.xinbei.pfp.security.EngineAuthenticationFilter;
import cn.gov.xinbei.pfp.web.ApiProblem;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

import java.util.List;
import java.util.Map;

import static org.springframework.security.web.util.matcher.AntPathRequestMatcher.antMatcher;

/**
 * Who may call what in the "keycloak" profile. Users sign in at Keycloak:
 * the Camunda webapps through OpenID Connect (authorization code flow, then Camunda's container-based
 * authentication takes the signed-in user), the project's API and /engine-rest with Keycloak bearer tokens that
 * must name this application's audience (the API also serves reads to a browser's sign-on session,
 * SignedOnSessionReads). Users and groups come from Keycloak through KeycloakIdentityPlugin, so the same group ids
 * drive candidate groups, Camunda authorizations and the API's town scopes.
 */
@Configuration
@Profile("keycloak")
@EnableConfigurationProperties(KeycloakProperties.class)
public class KeycloakSecurityConfiguration {

    static final String REGISTRATION_ID = "keycloak";
    static final String LOGIN_START = "/oauth2/authorization/" + REGISTRATION_ID;
    /** What the Tasklist, Cockpit and Admin post to when the user clicks 退出. */
    static final String CAMUNDA_LOGOUT = "/camunda/api/admin/auth/user/*/logout";

    private static final Logger log = LoggerFactory.getLogger(KeycloakSecurityConfiguration.class);

    @Bean
    ClientRegistrationRepository clientRegistrations(KeycloakProperties keycloak) {
        // Endpoints are written out rather than discovered, so the application starts while Keycloak is down.
        ClientRegistration registration = ClientRegistration.withRegistrationId(REGISTRATION_ID)
                .clientName("新北区统一身份认证")
                .clientId(keycloak.webClientId())
                .clientSecret(keycloak.webClientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "email")
                .issuerUri(keycloak.issuer())
                .authorizationUri(keycloak.openIdConnectEndpoint("auth"))
                .tokenUri(keycloak.openIdConnectEndpoint("token"))
                .jwkSetUri(keycloak.openIdConnectEndpoint("certs"))
                .userInfoUri(keycloak.openIdConnectEndpoint("userinfo"))
                .userNameAttributeName(CamundaGroupsJwtConverter.USER_NAME_CLAIM)
                .providerConfigurationMetadata(Map.of("end_session_endpoint", keycloak.openIdConnectEndpoint("logout")))
                // The realm's web client requires PKCE (S256) even though it is confidential.
                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                .build();
        return new InMemoryClientRegistrationRepository(registration);
    }

    @Bean
    OAuth2AuthorizedClientRepository authorizedClients() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    @Bean
    JwtDecoder jwtDecoder(KeycloakProperties keycloak) {
        // The key set is fetched on the first token, not at start-up, and cached afterwards.
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(keycloak.openIdConnectEndpoint("certs")).build();
        OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                aud -> aud != null && aud.contains(keycloak.audience()));
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                new JwtTimestampValidator(keycloak.clockSkew()), new JwtIssuerValidator(keycloak.issuer()), audience));
        return decoder;
    }

    @Bean
    KeycloakAvailability keycloakAvailability(KeycloakProperties keycloak) {
        return new KeycloakAvailability(keycloak.discoveryUri());
    }

    @Bean
    KeycloakHealthIndicator keycloakHealthIndicator(KeycloakAvailability availability, KeycloakProperties keycloak) {
        return new KeycloakHealthIndicator(availability, keycloak.issuer());
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, IdentityService identityService, JwtDecoder jwtDecoder,
                                    ObjectMapper json) throws Exception {
        http.securityMatcher(antMatcher("/api/**"))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/docs/**").permitAll()
                        .anyRequest().authenticated());
        bearerTokens(http, identityService, jwtDecoder, json);
        // Links in the Tasklist's forms (printed documents) are followed by a browser signed on through Keycloak.
        http.securityContext(context -> context.securityContextRepository(new SignedOnSessionReads(identityService)));
        http.addFilterAfter(new EngineAuthenticationFilter(identityService), BearerTokenAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain engineRestSecurity(HttpSecurity http, IdentityService identityService, JwtDecoder jwtDecoder,
                                           ObjectMapper json) throws Exception {
        // Spring Security checks the token; Camunda's filter (below) then runs the request as that user.
        // An explicit Ant matcher: /engine-rest is Jersey's servlet, which Spring MVC's path matching does not see.
        http.securityMatcher(antMatcher("/engine-rest/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated());
        bearerTokens(http, identityService, jwtDecoder, json);
        return http.build();
    }

    private static void bearerTokens(HttpSecurity http, IdentityService identityService, JwtDecoder jwtDecoder,
                                     ObjectMapper json) throws Exception {
        AuthenticationEntryPoint unauthorized = ApiSecurityResponses.unauthorized(json, "Bearer");
        http.oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.decoder(jwtDecoder)
                                .jwtAuthenticationConverter(new CamundaGroupsJwtConverter(identityService)))
                        .authenticationEntryPoint(unauthorized)
                        .withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
                            @Override
                            public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                                // Keycloak unreachable (key set, groups) is not the caller's fault: 503, not 401 or 500.
                                filter.setAuthenticationFailureHandler((request, response, e) -> {
                                    if (e instanceof AuthenticationServiceException) {
                                        log.warn("Bearer token could not be checked: {}", e.getMessage());
                                        ApiSecurityResponses.write(json, response, ApiProblem.of(503,
                                                "IDENTITY_PROVIDER_UNAVAILABLE", "统一身份认证服务暂时无法连接，请稍后重试"));
                                    } else {
                                        unauthorized.commence(request, response, e);
                                    }
                                });
                                return filter;
                            }
                        }))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(ApiSecurityResponses.denied(json)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Bearer tokens travel in a header, never in a cookie a foreign site could ride on.
                .csrf(csrf -> csrf.disable());
    }

    @Bean
    @Order(3)
    SecurityFilterChain deskSecurity(HttpSecurity http, KeycloakAvailability availability) throws Exception {
        // Signed in through Keycloak by the chain below (the OAuth2 endpoints live there); this chain only adds CSRF
        // protection, which the desk's own forms need and the Camunda webapps bring themselves.
        http.securityMatcher(antMatcher(cn.gov.xinbei.pfp.security.DeskPages.PATHS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(cn.gov.xinbei.pfp.security.DeskPages.ASSETS,
                                cn.gov.xinbei.pfp.security.DeskPages.DENIED).permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(e -> e.authenticationEntryPoint(new KeycloakLoginEntryPoint(availability, LOGIN_START))
                        .accessDeniedPage(cn.gov.xinbei.pfp.security.DeskPages.DENIED))
                .logout(logout -> logout.disable());
        return http.build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain webappSecurity(HttpSecurity http, KeycloakAvailability availability,
                                       KeycloakProperties keycloak,
                                       OAuth2AuthorizedClientRepository authorizedClients) throws Exception {
        AuthenticationEntryPoint pages = new KeycloakLoginEntryPoint(availability, LOGIN_START);
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/error").permitAll()
                        .anyRequest().authenticated())
                .oauth2Login(login -> login
                        .authorizedClientRepository(authorizedClients)
                        .failureHandler((request, response, e) -> {
                            // The error code only: the description may echo request parameters.
                            log.warn("Sign-on through Keycloak failed: {}", e.getClass().getSimpleName());
                            if (availability.isAvailable()) {
                                SignOnPages.signOnFailed(response);
                            } else {
                                SignOnPages.identityProviderUnavailable(response);
                            }
                        }))
                .exceptionHandling(e -> e
                        // The webapps' own XHR calls get a plain 401: a redirect to Keycloak is no use to them.
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                                antMatcher("/camunda/api/**"))
                        .defaultAuthenticationEntryPointFor(pages, antMatcher("/**")))
                .logout(logout -> logout
                        // 退出 in the webapps, and POST /logout for pages of our own.
                        .logoutRequestMatcher(new OrRequestMatcher(
                                antMatcher(org.springframework.http.HttpMethod.POST, CAMUNDA_LOGOUT),
                                antMatcher(org.springframework.http.HttpMethod.POST, "/logout")))
                        .addLogoutHandler(new KeycloakSessionLogoutHandler(keycloak, authorizedClients))
                        .logoutSuccessHandler((request, response, authentication) -> {
                            if (antMatcher(CAMUNDA_LOGOUT).matches(request)) {
                                // The webapp reloads itself after this answer and so lands on Keycloak's login page.
                                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
                            } else {
                                response.sendRedirect(request.getContextPath() + "/camunda/app/");
                            }
                        }))
                // The webapps protect their own API against CSRF (Camunda's CsrfPreventionFilter).
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappAuthentication() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.addUrlPatterns("/camunda/*");
        registration.setInitParameters(Map.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                SpringSecurityAuthenticationProvider.class.getName()));
        registration.setName("camunda-webapp-sign-on");
        // After Spring Security's filter chain (order -100), before the webapps' own security filters.
        registration.setOrder(201);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.addUrlPatterns("/engine-rest/*");
        registration.setInitParameters(Map.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                EngineRestAuthenticationProvider.class.getName()));
        registration.setName("camunda-engine-rest-authentication");
        return registration;
    }
}
