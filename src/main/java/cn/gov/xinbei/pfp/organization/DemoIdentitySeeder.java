package cn.gov.xinbei.pfp.organization;

import cn.gov.xinbei.pfp.cluster.ClusterLock;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Creates the organization's groups and the demo users in Camunda's own identity tables, for the embedded
 * default profile. Idempotent: existing users and groups are left as they are, so a restart changes nothing.
 * <p>
 * A demo user may also be put in Camunda's own {@code camunda-admin} group (config/demo-users.yml does this for
 * the break-glass {@code engine.admin} only, not for {@code admin}, who decides no case): while that group has no member, the Camunda webapps send every visitor to their first-run setup
 * page instead of the sign-in page, and that page lets anyone, unauthenticated, create an administrator.
 */
@Component
@ConditionalOnProperty(prefix = "app.demo-users", name = "enabled", havingValue = "true")
public class DemoIdentitySeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoIdentitySeeder.class);
    private static final String GROUP_TYPE = "WORKFLOW";

    private final IdentityService identityService;
    private final Organization organization;
    private final DemoUsersProperties demoUsers;
    private final ClusterLock clusterLock;

    public DemoIdentitySeeder(IdentityService identityService, Organization organization, DemoUsersProperties demoUsers,
                              ClusterLock clusterLock) {
        this.identityService = identityService;
        this.organization = organization;
        this.demoUsers = demoUsers;
        this.clusterLock = clusterLock;
    }

    /** Under the cluster's start-up lock: nodes starting at the same moment seed one after the other. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(1)
    public void seed() {
        clusterLock.runExclusively(ClusterLock.STARTUP_SEEDING, this::seedNow);
    }

    private void seedNow() {
        if (demoUsers.password() == null || demoUsers.password().isBlank()) {
            throw new IllegalStateException("app.demo-users.password must be set when demo users are enabled");
        }
        Map<String, String> groups = organization.allGroups();
        groups.forEach(this::ensureGroup);
        boolean camundaAdmins = demoUsers.users().stream().anyMatch(u -> u.groups().contains(Groups.CAMUNDA_ADMIN));
        if (camundaAdmins) {
            ensureGroup(Groups.CAMUNDA_ADMIN, "Camunda administrators", Groups.GROUP_TYPE_SYSTEM);
        }
        int created = 0;
        for (DemoUsersProperties.DemoUser demo : demoUsers.users()) {
            if (identityService.createUserQuery().userId(demo.id()).count() > 0) {
                continue;
            }
            User user = identityService.newUser(demo.id());
            user.setFirstName(demo.name());
            user.setLastName("");
            user.setEmail(demo.id() + "@xinbei.example");
            user.setPassword(demoUsers.password());
            identityService.saveUser(user);
            for (String groupId : demo.groups()) {
                if (!groups.containsKey(groupId) && !Groups.CAMUNDA_ADMIN.equals(groupId)) {
                    throw new IllegalStateException("demo user " + demo.id() + " names unknown group " + groupId);
                }
                identityService.createMembership(demo.id(), groupId);
            }
            created++;
        }
        log.info("Demo identity ready: {} groups, {} demo users created", groups.size(), created);
    }

    private void ensureGroup(String id, String name) {
        ensureGroup(id, name, GROUP_TYPE);
    }

    private void ensureGroup(String id, String name, String type) {
        if (identityService.createGroupQuery().groupId(id).count() > 0) {
            return;
        }
        Group group = identityService.newGroup(id);
        group.setName(name);
        group.setType(type);
        identityService.saveGroup(group);
    }
}
