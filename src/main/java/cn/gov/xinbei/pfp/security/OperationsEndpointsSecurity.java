package cn.gov.xinbei.pfp.security;

import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Health, readiness and metrics for operators and the load balancer, without a sign-in, in every profile: they are
 * served on the management port only (config/operations.yml: bound to the loopback address unless operators open it),
 * and a load balancer cannot sign on through Keycloak. The application's port serves no actuator endpoint at all.
 */
@Configuration
public class OperationsEndpointsSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain operationsEndpoints(HttpSecurity http) throws Exception {
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }
}
