package cn.gov.xinbei.pfp.security.keycloak;

import com.github.benmanes.caffeine.cache.Ticker;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.extension.keycloak.CacheableKeycloakCheckPasswordCall;
import org.camunda.bpm.extension.keycloak.CacheableKeycloakGroupQuery;
import org.camunda.bpm.extension.keycloak.CacheableKeycloakUserQuery;
import org.camunda.bpm.extension.keycloak.KeycloakConfiguration;
import org.camunda.bpm.extension.keycloak.KeycloakContextProvider;
import org.camunda.bpm.extension.keycloak.KeycloakGroupQuery;
import org.camunda.bpm.extension.keycloak.KeycloakIdentityProviderFactory;
import org.camunda.bpm.extension.keycloak.KeycloakIdentityProviderSession;
import org.camunda.bpm.extension.keycloak.KeycloakUserQuery;
import org.camunda.bpm.extension.keycloak.cache.QueryCache;
import org.camunda.bpm.extension.keycloak.rest.KeycloakRestTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;

/**
 * The Keycloak identity provider, with users and groups shown as in the default profile. Groups: Keycloak's group
 * names are the Camunda group ids (chunjiang-clerk), which routing and authorizations need, while the webapps show a
 * group's name (春江镇经办人); names come from config/organization.yml, and a group the organization does not know
 * keeps Keycloak's name. Users: the webapps show "first last", which puts a Chinese family name last (志强 刘); a
 * name written in Chinese characters is shown whole, family name first (刘志强), as the demo users of the default
 * profile are. Applied to copies, after the cache. The cache of Keycloak's answers is refreshed ahead
 * (RefreshAheadQueryCache), so the Tasklist does not wait for Keycloak every few minutes.
 */
class OrganizationIdentityProviderFactory extends KeycloakIdentityProviderFactory {

    private static final Pattern CHINESE_NAME = Pattern.compile("\\p{IsHan}+");

    private final Map<String, String> groupNames;

    /**
     * @param serveStaleFor how long a cached answer may be served while Keycloak cannot be asked again
     * @param refresher     runs the background refreshes of cached answers
     */
    OrganizationIdentityProviderFactory(KeycloakConfiguration configuration, Map<String, String> groupNames,
                                        Duration serveStaleFor, Executor refresher) {
        super(configuration, List.of());
        this.groupNames = Map.copyOf(groupNames);
        if (configuration.isCacheEnabled()) {
            // The plugin's expiry becomes the refresh age: answers are renewed in the background, not on a click.
            Duration refreshAfter = Duration.ofMinutes(configuration.getCacheExpirationTimeoutMin());
            setUserQueryCache(new RefreshAheadQueryCache<>(configuration.getMaxCacheSize(), refreshAfter,
                    serveStaleFor, Ticker.systemTicker(), refresher));
            setGroupQueryCache(new RefreshAheadQueryCache<>(configuration.getMaxCacheSize(), refreshAfter,
                    serveStaleFor, Ticker.systemTicker(), refresher));
        }
    }

    @Override
    public Session openSession() {
        return new OrganizationSession(keycloakConfiguration, restTemplate, keycloakContextProvider, userQueryCache,
                groupQueryCache, checkPasswordCache, groupNames);
    }

    private static final class OrganizationSession extends KeycloakIdentityProviderSession {

        private final Map<String, String> groupNames;

        OrganizationSession(KeycloakConfiguration configuration, KeycloakRestTemplate restTemplate,
                            KeycloakContextProvider contextProvider,
                            QueryCache<CacheableKeycloakUserQuery, List<User>> userQueryCache,
                            QueryCache<CacheableKeycloakGroupQuery, List<Group>> groupQueryCache,
                            QueryCache<CacheableKeycloakCheckPasswordCall, Boolean> checkPasswordCache,
                            Map<String, String> groupNames) {
            super(configuration, restTemplate, contextProvider, userQueryCache, groupQueryCache, checkPasswordCache);
            this.groupNames = groupNames;
        }

        @Override
        protected List<Group> findGroupByQueryCriteria(KeycloakGroupQuery query) {
            return super.findGroupByQueryCriteria(query).stream().map(group -> named(group, groupNames)).toList();
        }

        @Override
        protected List<User> findUserByQueryCriteria(KeycloakUserQuery query) {
            return super.findUserByQueryCriteria(query).stream().map(OrganizationIdentityProviderFactory::chineseOrder)
                    .toList();
        }
    }

    private static Group named(Group group, Map<String, String> groupNames) {
        String name = groupNames.get(group.getId());
        if (name == null) {
            return group;
        }
        GroupEntity copy = new GroupEntity(group.getId());
        copy.setName(name);
        copy.setType(group.getType());
        return copy;
    }

    static User chineseOrder(User user) {
        String family = user.getLastName();
        String given = user.getFirstName();
        if (family == null || given == null || !CHINESE_NAME.matcher(family).matches()
                || !CHINESE_NAME.matcher(given).matches()) {
            return user;
        }
        UserEntity copy = new UserEntity(user.getId());
        copy.setFirstName(family + given);
        copy.setLastName("");
        copy.setEmail(user.getEmail());
        return copy;
    }
}
