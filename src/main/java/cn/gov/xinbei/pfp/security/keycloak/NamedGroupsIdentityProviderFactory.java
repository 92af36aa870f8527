package cn.gov.xinbei.pfp.security.keycloak;

import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.extension.keycloak.CacheableKeycloakCheckPasswordCall;
import org.camunda.bpm.extension.keycloak.CacheableKeycloakGroupQuery;
import org.camunda.bpm.extension.keycloak.CacheableKeycloakUserQuery;
import org.camunda.bpm.extension.keycloak.KeycloakConfiguration;
import org.camunda.bpm.extension.keycloak.KeycloakContextProvider;
import org.camunda.bpm.extension.keycloak.KeycloakGroupQuery;
import org.camunda.bpm.extension.keycloak.KeycloakIdentityProviderFactory;
import org.camunda.bpm.extension.keycloak.KeycloakIdentityProviderSession;
import org.camunda.bpm.extension.keycloak.cache.QueryCache;
import org.camunda.bpm.extension.keycloak.rest.KeycloakRestTemplate;

import java.util.List;
import java.util.Map;

/**
 * The Keycloak identity provider with the organization's group names: Keycloak's group names are the Camunda group
 * ids (chunjiang-clerk), which is what routing and authorizations need, while the Tasklist, Cockpit and Admin show a
 * group's name (春江镇经办人). Names come from config/organization.yml, as in the default profile; a group the
 * organization does not know keeps Keycloak's name. Groups are renamed after the plugin's cache, on copies.
 */
class NamedGroupsIdentityProviderFactory extends KeycloakIdentityProviderFactory {

    private final Map<String, String> groupNames;

    NamedGroupsIdentityProviderFactory(KeycloakConfiguration configuration, Map<String, String> groupNames) {
        super(configuration, List.of());
        this.groupNames = Map.copyOf(groupNames);
    }

    @Override
    public Session openSession() {
        return new NamedGroupsSession(keycloakConfiguration, restTemplate, keycloakContextProvider, userQueryCache,
                groupQueryCache, checkPasswordCache, groupNames);
    }

    private static final class NamedGroupsSession extends KeycloakIdentityProviderSession {

        private final Map<String, String> groupNames;

        NamedGroupsSession(KeycloakConfiguration configuration, KeycloakRestTemplate restTemplate,
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
}
