package cn.gov.xinbei.pfp.organization;

import cn.gov.xinbei.pfp.cluster.ClusterLock;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Camunda authorizations for the organization's groups, and the shared Tasklist filters. Task-level access comes
 * from Camunda itself: a candidate group gets TASK_WORK on the task when the task is created
 * (defaultUserPermissionNameForTask in config/camunda.yml). What is granted here is the rest:
 * which apps each role opens, which processes it may start, and what supervisors may read.
 * Idempotent, and run in every profile (with Keycloak the groups live there, the authorizations here).
 */
@Component
public class WorkflowAuthorizations {

    static final String ANY = Authorization.ANY;
    /** Processes a town clerk may start; the process checks the town itself. */
    static final List<String> TOWN_STARTABLE_PROCESSES = List.of("secondChildApproval", "socialMaintenanceFee",
            "assistanceEligibility", "assistanceChange", "birthRegistration", "migrantCertificate", "migrantArrival");
    /** Processes a department liaison may start: the police report births out of policy (SEED annex 3). */
    static final Map<String, List<String>> LIAISON_STARTABLE_PROCESSES = Map.of("police", List.of("socialMaintenanceFee"));
    /** Processes the bureau's clerks may start: the towns' processes and the two-non joint case (举报登记). */
    static final List<String> BUREAU_STARTABLE_PROCESSES = List.of("secondChildApproval", "socialMaintenanceFee",
            "assistanceEligibility", "assistanceChange", "birthRegistration", "migrantCertificate", "migrantArrival",
            "twoNonJointCase");

    private final AuthorizationService authorizationService;
    private final FilterService filterService;
    private final TaskService taskService;
    private final Organization organization;
    private final ClusterLock clusterLock;

    public WorkflowAuthorizations(AuthorizationService authorizationService, FilterService filterService,
                                  TaskService taskService, Organization organization, ClusterLock clusterLock) {
        this.authorizationService = authorizationService;
        this.filterService = filterService;
        this.taskService = taskService;
        this.organization = organization;
        this.clusterLock = clusterLock;
    }

    /** Under the cluster's start-up lock: nodes starting at the same moment apply it one after the other. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(2)
    public void apply() {
        clusterLock.runExclusively(ClusterLock.STARTUP_SEEDING, this::applyNow);
    }

    private void applyNow() {
        for (String group : organization.allGroups().keySet()) {
            grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            // The organization is public (GET /api/organization): the Tasklist names a task's candidate group
            // (春江镇经办人, not chunjiang-clerk) only if the user may read it. Camunda grants a group's own members this
            // when it creates the group; Keycloak's groups are never created in Camunda.
            grant(group, Resources.GROUP, ANY, Permissions.READ);
            // Rules are public law: every role may read and evaluate the decision tables.
            grant(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.CREATE_INSTANCE);
            grant(group, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
            grant(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
        }
        for (Town town : organization.towns()) {
            String clerks = Organization.group(town.slug(), Organization.CLERK);
            for (String processKey : TOWN_STARTABLE_PROCESSES) {
                grant(clerks, Resources.PROCESS_DEFINITION, processKey, Permissions.READ, Permissions.CREATE_INSTANCE);
            }
            grant(clerks, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
        }
        LIAISON_STARTABLE_PROCESSES.forEach((department, processKeys) -> {
            String liaisons = Organization.group(department, Organization.LIAISON);
            for (String processKey : processKeys) {
                grant(liaisons, Resources.PROCESS_DEFINITION, processKey, Permissions.READ, Permissions.CREATE_INSTANCE);
            }
            grant(liaisons, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
        });
        String bureauClerks = Organization.group(Organization.BUREAU, Organization.CLERK);
        grant(bureauClerks, Resources.PROCESS_DEFINITION, ANY, Permissions.READ,
                Permissions.READ_INSTANCE, Permissions.READ_HISTORY);
        for (String processKey : BUREAU_STARTABLE_PROCESSES) {
            grant(bureauClerks, Resources.PROCESS_DEFINITION, processKey, Permissions.READ, Permissions.CREATE_INSTANCE);
        }
        grant(bureauClerks, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE, Permissions.READ);
        grant(bureauClerks, Resources.APPLICATION, "cockpit", Permissions.ACCESS);

        // Supervisors read across towns and departments, but work no one else's task.
        String bureauSupervisors = Organization.group(Organization.BUREAU, Organization.SUPERVISOR);
        grant(bureauSupervisors, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(bureauSupervisors, Resources.PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.READ_INSTANCE,
                Permissions.READ_HISTORY, Permissions.READ_TASK);
        grant(bureauSupervisors, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
        grant(bureauSupervisors, Resources.TASK, ANY, Permissions.READ);
        grant(bureauSupervisors, Resources.HISTORIC_TASK, ANY, org.camunda.bpm.engine.authorization.HistoricTaskPermissions.READ);
        grant(bureauSupervisors, Resources.HISTORIC_PROCESS_INSTANCE, ANY,
                org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions.READ);

        // Administrators manage users, groups, authorizations and deployments; they decide no case.
        for (Resource resource : List.of(Resources.USER, Resources.GROUP, Resources.GROUP_MEMBERSHIP,
                Resources.AUTHORIZATION, Resources.FILTER, Resources.TENANT, Resources.TENANT_MEMBERSHIP,
                Resources.DEPLOYMENT, Resources.SYSTEM, Resources.BATCH)) {
            grant(Organization.ADMIN, resource, ANY, Permissions.ALL);
        }
        grant(Organization.ADMIN, Resources.APPLICATION, ANY, Permissions.ALL);
        grant(Organization.ADMIN, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);

        withdrawInternalStarts();
        ensureFilters();
    }

    /**
     * Starting a process is granted per process key only: CREATE_INSTANCE on every process ("*", granted to the
     * bureau's clerks before issue 16) or on an internal process (InternalProcesses) is taken back from whoever holds
     * it, so a database set up by an earlier version is corrected at start-up.
     */
    private void withdrawInternalStarts() {
        List<String> closed = new ArrayList<>(InternalProcesses.KEYS);
        closed.add(ANY);
        for (String resourceId : closed) {
            for (Authorization authorization : authorizationService.createAuthorizationQuery()
                    .resourceType(Resources.PROCESS_DEFINITION).resourceId(resourceId).list()) {
                if (authorization.getAuthorizationType() != Authorization.AUTH_TYPE_REVOKE
                        && authorization.isPermissionGranted(Permissions.CREATE_INSTANCE)) {
                    authorization.removePermission(Permissions.CREATE_INSTANCE);
                    authorizationService.saveAuthorization(authorization);
                }
            }
        }
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = authorizationService.createAuthorizationQuery()
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
        Authorization authorization = existing != null ? existing
                : authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        if (existing == null) {
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        boolean changed = existing == null;
        for (Permission permission : permissions) {
            if (!authorization.isPermissionGranted(permission)) {
                authorization.addPermission(permission);
                changed = true;
            }
        }
        if (changed) {
            authorizationService.saveAuthorization(authorization);
        }
    }

    /** The three task lists every user sees in the Tasklist. */
    private void ensureFilters() {
        Map<String, FilterSpec> specs = new LinkedHashMap<>();
        specs.put("我的待办", new FilterSpec(-10, "已认领、由我办理的任务",
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}")));
        specs.put("本组待办", new FilterSpec(0, "分派给我所在组、尚未认领的任务",
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .taskUnassigned()));
        specs.put("全部可见任务", new FilterSpec(10, "我有权查看的全部任务（负责人用于督查）",
                taskService.createTaskQuery()));
        specs.forEach((name, spec) -> {
            Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
            if (filter == null) {
                filter = filterService.newTaskFilter(name);
                filter.setOwner(Organization.ADMIN);
                filter.setQuery(spec.query());
                filter.setProperties(filterProperties(spec));
                filterService.saveFilter(filter);
            } else if (!filterProperties(spec).equals(filter.getProperties())) {
                // A database set up by an earlier version gets the cards' current variables (issue 15: 当事人).
                filter.setProperties(filterProperties(spec));
                filterService.saveFilter(filter);
            }
            Authorization read = authorizationService.createAuthorizationQuery()
                    .userIdIn(ANY).resourceType(Resources.FILTER).resourceId(filter.getId()).singleResult();
            if (read == null) {
                read = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
                read.setUserId(ANY);
                read.setResource(Resources.FILTER);
                read.setResourceId(filter.getId());
                read.addPermission(Permissions.READ);
                authorizationService.saveAuthorization(read);
            }
        });
    }

    private static Map<String, Object> filterProperties(FilterSpec spec) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("priority", spec.priority());
        properties.put("description", spec.description());
        properties.put("refresh", true);
        List<Map<String, String>> variables = new ArrayList<>();
        // Shown on every task card, for liaisons too (CaseAuthorizations lets a step's groups read its instance).
        for (String[] variable : CARD_VARIABLES) {
            Map<String, String> v = new LinkedHashMap<>();
            v.put("name", variable[0]);
            v.put("label", variable[1]);
            variables.add(v);
        }
        properties.put("variables", variables);
        return properties;
    }

    /**
     * The process variables every task card shows (name, Chinese label), set when a case starts
     * (casefile.CaseStart) and by the processes started for a case.
     */
    static final List<String[]> CARD_VARIABLES = List.of(
            new String[] {"caseNumber", "案件编号"},
            new String[] {"partyNames", "当事人"},
            new String[] {"caseTitle", "案件"},
            new String[] {"townName", "镇（街道）"});

    private record FilterSpec(int priority, String description, TaskQuery query) {
    }
}
