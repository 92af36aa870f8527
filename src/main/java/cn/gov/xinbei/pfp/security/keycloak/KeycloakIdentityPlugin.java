package cn.gov.xinbei.pfp.security.keycloak;

import cn.gov.xinbei.pfp.organization.Organization;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
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

    private final Organization organization;

    public KeycloakIdentityPlugin(Organization organization) {
        this.organization = organization;
    }

    /**
     * The plugin's own provider, presenting users and groups as the default profile does
     * (OrganizationIdentityProviderFactory). The plugin keeps its factory for the administrator settings only,
     * which are unused here (see above).
     */
    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        super.preInit(configuration);
        configuration.setIdentityProviderSessionFactory(
                new OrganizationIdentityProviderFactory(this, organization.allGroups()));
    }
}
