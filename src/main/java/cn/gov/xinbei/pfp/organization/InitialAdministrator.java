package cn.gov.xinbei.pfp.organization;

import cn.gov.xinbei.pfp.cluster.ClusterLock;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The first administrator of a production database, from environment variables (APP_ADMIN_USER and
 * APP_ADMIN_PASSWORD), created once while Camunda's administrators group has no member. The webapps' own first-run
 * setup page is closed (SecurityConfiguration), so this is the way in. Does nothing where users live in Keycloak.
 */
@Component
public class InitialAdministrator {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);
    private static final int MIN_PASSWORD_LENGTH = 12;

    private final IdentityService identityService;
    private final String userId;
    private final String password;
    private final ClusterLock clusterLock;

    public InitialAdministrator(IdentityService identityService,
                                InitialAdminProperties properties, ClusterLock clusterLock) {
        this.identityService = identityService;
        this.userId = properties.user();
        this.password = properties.password();
        this.clusterLock = clusterLock;
    }

    /** Under the cluster's start-up lock: nodes starting at the same moment create the administrator once. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    public void ensure() {
        clusterLock.runExclusively(ClusterLock.STARTUP_SEEDING, this::ensureNow);
    }

    private void ensureNow() {
        if (userId.isBlank() || identityService.isReadOnly()
                || identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count() > 0) {
            return;
        }
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException("APP_ADMIN_PASSWORD must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        ensureGroup(Groups.CAMUNDA_ADMIN, "Camunda administrators", Groups.GROUP_TYPE_SYSTEM);
        ensureGroup(Organization.ADMIN, "系统管理员", "WORKFLOW");
        if (identityService.createUserQuery().userId(userId).count() == 0) {
            User user = identityService.newUser(userId);
            user.setFirstName("系统管理员");
            user.setLastName("");
            user.setPassword(password);
            identityService.saveUser(user);
        }
        identityService.createMembership(userId, Groups.CAMUNDA_ADMIN);
        if (identityService.createUserQuery().userId(userId).memberOfGroup(Organization.ADMIN).count() == 0) {
            identityService.createMembership(userId, Organization.ADMIN);
        }
        log.info("Initial administrator {} created", userId);
    }

    private void ensureGroup(String id, String name, String type) {
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            Group group = identityService.newGroup(id);
            group.setName(name);
            group.setType(type);
            identityService.saveGroup(group);
        }
    }
}
