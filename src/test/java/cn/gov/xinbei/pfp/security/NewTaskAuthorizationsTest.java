package cn.gov.xinbei.pfp.security;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new task's candidate groups and assignee get the grants stock Camunda gives them (READ and TASK_WORK, one
 * authorization per group), also when the grant is found in the command instead of the database; a task created in an
 * earlier command takes the stock path and its grants are merged, never doubled.
 */
@SpringBootTest
@ActiveProfiles("test")
class NewTaskAuthorizationsTest {

    private static final String PROCESS = "newTaskAuthorizationsTest";

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    AuthorizationService authorizationService;

    private String deployment;

    @BeforeEach
    void deploy() {
        deployment = repositoryService.createDeployment().addModelInstance(PROCESS + ".bpmn",
                Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1).startEvent()
                        .userTask("Task_Check").camundaCandidateGroups("menghe-clerk,menghe-supervisor")
                        .camundaAssignee("menghe.clerk").endEvent().done()).deploy().getId();
    }

    @AfterEach
    void undeploy() {
        repositoryService.deleteDeployment(deployment, true);
    }

    @Test
    void aNewTasksCandidatesAndAssigneeGetOneGrantEachToReadAndWorkIt() {
        runtimeService.startProcessInstanceByKey(PROCESS);
        String task = taskService.createTaskQuery().processDefinitionKey(PROCESS).singleResult().getId();

        List<Authorization> grants = grantsOn(task);
        assertThat(grants).extracting(g -> g.getGroupId() != null ? g.getGroupId() : g.getUserId())
                .containsExactlyInAnyOrder("menghe-clerk", "menghe-supervisor", "menghe.clerk");
        assertThat(grants).allSatisfy(grant -> {
            assertThat(grant.isPermissionGranted(Permissions.READ)).isTrue();
            assertThat(grant.isPermissionGranted(TaskPermissions.TASK_WORK)).isTrue();
        });
    }

    @Test
    void aGroupAddedLaterToAStoredTaskKeepsOneGrant() {
        runtimeService.startProcessInstanceByKey(PROCESS);
        String task = taskService.createTaskQuery().processDefinitionKey(PROCESS).singleResult().getId();

        taskService.deleteCandidateGroup(task, "menghe-clerk");
        taskService.addCandidateGroup(task, "menghe-clerk");
        taskService.addCandidateGroup(task, "xinqiao-clerk");

        assertThat(grantsOn(task)).extracting(g -> g.getGroupId() != null ? g.getGroupId() : g.getUserId())
                .containsExactlyInAnyOrder("menghe-clerk", "menghe-supervisor", "menghe.clerk", "xinqiao-clerk");
    }

    private List<Authorization> grantsOn(String task) {
        return authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(task)
                .authorizationType(Authorization.AUTH_TYPE_GRANT).list();
    }
}
