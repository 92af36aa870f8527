package cn.gov.xinbei.pfp.security.keycloak;

import cn.gov.xinbei.pfp.organization.Organization;
import jakarta.annotation.PreDestroy;
import jakarta.validation.constraints.Positive;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.extension.keycloak.plugin.KeycloakIdentityProviderPlugin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import static cn.gov.xinbei.pfp.shared.configuration.ConfigurationMessages.POSITIVE;

/**
 * Camunda's users and groups read from Keycloak (read-only), configured under plugin.identity.keycloak in
 * config/keycloak.yml. The Spring Boot starter registers every ProcessEnginePlugin bean with the engine.
 * No administrator group is configured on purpose: the plugin would grant it ALL on every resource, while
 * WorkflowAuthorizations grants the admin group only what administrators need.
 */
@Component
@Profile("keycloak")
@ConfigurationProperties(prefix = "plugin.identity.keycloak")
@Validated
public class KeycloakIdentityPlugin extends KeycloakIdentityProviderPlugin {

    /** Daemon threads, at most this many refreshes at once; a refresh that finds them busy is left to the next call. */
    private static final int REFRESH_THREADS = 2;
    private static final Duration IDLE_THREAD_LIFETIME = Duration.ofSeconds(30);

    private final Organization organization;
    private final ThreadPoolExecutor refresher = new ThreadPoolExecutor(0, REFRESH_THREADS,
            IDLE_THREAD_LIFETIME.toSeconds(), TimeUnit.SECONDS, new SynchronousQueue<>(), runnable -> {
                Thread thread = new Thread(runnable, "keycloak-identity-refresh");
                thread.setDaemon(true);
                return thread;
            });
    /** How long a cached Keycloak answer may be served while Keycloak cannot be asked (config/keycloak.yml). */
    @Positive(message = POSITIVE)
    private int cacheServeStaleMinutes;

    public KeycloakIdentityPlugin(Organization organization) {
        this.organization = organization;
    }

    public int getCacheServeStaleMinutes() {
        return cacheServeStaleMinutes;
    }

    public void setCacheServeStaleMinutes(int cacheServeStaleMinutes) {
        this.cacheServeStaleMinutes = cacheServeStaleMinutes;
    }

    @PreDestroy
    void stopRefreshing() {
        refresher.shutdownNow();
    }

    /**
     * The plugin's own provider, presenting users and groups as the default profile does
     * (OrganizationIdentityProviderFactory). The plugin keeps its factory for the administrator settings only,
     * which are unused here (see above).
     */
    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        super.preInit(configuration);
        if (isCacheEnabled() && cacheServeStaleMinutes < getCacheExpirationTimeoutMin()) {
            throw new IllegalStateException("plugin.identity.keycloak.cache-serve-stale-minutes (" + cacheServeStaleMinutes
                    + ") must be at least cache-expiration-timeout-min (" + getCacheExpirationTimeoutMin() + ")");
        }
        configuration.setIdentityProviderSessionFactory(
                new OrganizationIdentityProviderFactory(this, organization.allGroups(),
                        Duration.ofMinutes(cacheServeStaleMinutes), refresher));
    }
}
