package cn.gov.xinbei.pfp.security.keycloak;

import org.camunda.bpm.extension.keycloak.plugin.KeycloakIdentityProviderPlugin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Camunda's users and groups read from Keycloak (read-only), configured under plugin.identity.keycloak in
 * config/keycloak.yml. The Spring Boot starter registers every ProcessEnginePlugin bean with the engine.
 * No administrator group is configured on purpose: the plugin would grant it ALL on every resource, while
 * WorkflowAuthorizations grants the admin group only what administrators need.
 */
@Component
@Profile("keycloak")
@ConfigurationProperties(prefix = "plugin.identity.keycloak")
public class KeycloakIdentityPlugin extends KeycloakIdentityProviderPlugin {
}
