package cn.gov.xinbei.pfp.casefile;

import cn.gov.xinbei.pfp.secondchild.Applications;
import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import cn.gov.xinbei.pfp.twonon.TwoNonIntakeService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.gov.xinbei.pfp.testing.CaseTestSupport.CHINA;
import static cn.gov.xinbei.pfp.testing.CaseTestSupport.endOf;
import static org.assertj.core.api.Assertions.assertThat;

/** case_step follows the engine's tasks: created, due date changed (extension), completed, cancelled. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CaseStepMaintenanceTest {

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    CaseStepRepository steps;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TwoNonIntakeService twoNon;

    @BeforeEach
    void at2012() {
        CaseTestSupport.clockAt(LocalDate.of(2012, 3, 1));
    }

    @AfterEach
    void cleanUp() {
        identityService.clearAuthentication();
        CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
    }

    @Test
    void aNewTaskOpensAStepWithItsGroupUnitLegalBasisAndDueDate() {
        String instance = start();
        Task task = taskService.createTaskQuery().processInstanceId(instance).singleResult();

        CaseStep step = steps.findById(task.getId()).orElseThrow();
        assertThat(step.getProcessInstanceId()).isEqualTo(instance);
        assertThat(step.getStepKey()).isEqualTo("Task_AcceptApplication");
        assertThat(step.getStepName()).isEqualTo("受理申请");
        assertThat(step.getCandidateGroups()).isEqualTo("chunjiang-clerk");
        assertThat(step.getResponsibleUnit()).isEqualTo("chunjiang");
        assertThat(step.getLegalBasis()).isEqualTo("材料不全的，5个工作日内一次性告知补正（《行政许可法》第三十二条第（四）项）。");
        assertThat(step.getCreatedAt()).isEqualTo(LocalDate.of(2012, 3, 1).atTime(9, 0).atZone(CHINA).toInstant());
        // 5 working days from Thursday 03-01: 03-02, 03-05, 03-06, 03-07, 03-08 (行政许可法 art. 32, 82).
        assertThat(step.getDueAt()).isEqualTo(endOf(LocalDate.of(2012, 3, 8)).toInstant());
        assertThat(step.getOriginalDueAt()).isEqualTo(step.getDueAt());
        assertThat(step.isOpen()).isTrue();
        assertThat(step.getEndKind()).isNull();
        String caseId = jdbc.queryForObject("select id from case_file where case_number = 'SC-2012-00001'", String.class);
        assertThat(step.getCaseId()).isEqualTo(caseId);
    }

    @Test
    void aNewDueDateMovesTheStepsDueDateAndKeepsTheOriginal() {
        String instance = start();
        Task task = taskService.createTaskQuery().processInstanceId(instance).singleResult();

        // What the extension helper does: taskService.setDueDate fires the task's "update" event.
        taskService.setDueDate(task.getId(), endOf(LocalDate.of(2012, 3, 22)));
        CaseStep step = steps.findById(task.getId()).orElseThrow();
        assertThat(step.getDueAt()).isEqualTo(endOf(LocalDate.of(2012, 3, 22)).toInstant());
        assertThat(step.getOriginalDueAt()).isEqualTo(endOf(LocalDate.of(2012, 3, 8)).toInstant());

        // Another change of the task (its assignee) leaves the due date alone.
        taskService.setAssignee(task.getId(), "chunjiang.clerk");
        assertThat(steps.findById(task.getId()).orElseThrow().getDueAt())
                .isEqualTo(endOf(LocalDate.of(2012, 3, 22)).toInstant());

        // Removing the due date is recorded too.
        taskService.setDueDate(task.getId(), null);
        assertThat(steps.findById(task.getId()).orElseThrow().getDueAt()).isNull();
        assertThat(steps.findById(task.getId()).orElseThrow().getOriginalDueAt())
                .isEqualTo(endOf(LocalDate.of(2012, 3, 8)).toInstant());
    }

    @Test
    void completingTheTaskEndsTheStepWithWhoAndWhenAndOpensTheNext() {
        String instance = start();
        Task task = taskService.createTaskQuery().processInstanceId(instance).singleResult();
        CaseTestSupport.clockAt(LocalDate.of(2012, 3, 5));
        identityService.setAuthentication("chunjiang.clerk", List.of("chunjiang-clerk"));
        taskService.complete(task.getId(), Map.of("acceptanceDecision", "ACCEPT"));
        identityService.clearAuthentication();

        CaseStep done = steps.findById(task.getId()).orElseThrow();
        assertThat(done.getEndedAt()).isEqualTo(LocalDate.of(2012, 3, 5).atTime(9, 0).atZone(CHINA).toInstant());
        assertThat(done.getEndKind()).isEqualTo("COMPLETED");
        assertThat(done.getCompletedBy()).isEqualTo("chunjiang.clerk");

        Task next = taskService.createTaskQuery().processInstanceId(instance).singleResult();
        CaseStep opened = steps.findById(next.getId()).orElseThrow();
        assertThat(opened.getStepKey()).isEqualTo("Task_TownReview");
        assertThat(opened.isOpen()).isTrue();
        assertThat(opened.getDueAt()).isEqualTo(next.getDueDate().toInstant());
        assertThat(steps.findByCaseIdOrderByCreatedAtAsc(done.getCaseId())).extracting(CaseStep::getStepKey)
                .containsExactly("Task_AcceptApplication", "Task_TownReview");
    }

    @Test
    void cancellingTheProcessCancelsItsOpenStep() {
        String instance = start();
        Task task = taskService.createTaskQuery().processInstanceId(instance).singleResult();
        CaseTestSupport.clockAt(LocalDate.of(2012, 3, 2));

        runtimeService.deleteProcessInstance(instance, "申请人撤回申请");

        CaseStep step = steps.findById(task.getId()).orElseThrow();
        assertThat(step.getEndKind()).isEqualTo("CANCELLED");
        assertThat(step.getEndedAt()).isEqualTo(LocalDate.of(2012, 3, 2).atTime(9, 0).atZone(CHINA).toInstant());
        assertThat(step.getCompletedBy()).isNull();
    }

    @Test
    void aStepOfOneAgencysTrackCarriesTheAgencyInItsNameAndBelongsToThatDepartment() {
        String caseNumber = twoNon.report(new TwoNonIntakeService.Intake("HOTLINE", true, null, null,
                "春江镇某诊所为孕妇做B超鉴定胎儿性别，每次收费500元"), "bureau.clerk", List.of("bureau-clerk")).caseNumber();
        Task accept = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
        assertThat(steps.findById(accept.getId()).orElseThrow().getResponsibleUnit()).isEqualTo("bureau");
        taskService.complete(accept.getId(), Map.of("acceptanceDecision", "ACCEPT",
                "healthReason", "被举报的是春江镇某民营医院B超室医生"));

        // The agency track runs with business key "<case number>/health".
        Task investigate = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber + "/health").singleResult();
        CaseStep step = steps.findById(investigate.getId()).orElseThrow();
        assertThat(step.getStepName()).isEqualTo(investigate.getName() + "（health）");
        assertThat(step.getCandidateGroups()).isEqualTo("health-liaison");
        assertThat(step.getResponsibleUnit()).isEqualTo("health");
        assertThat(step.getCaseId()).isEqualTo(steps.findById(accept.getId()).orElseThrow().getCaseId());
    }

    @Test
    void aStepIsOfferedToItsGroupsUntilClaimedAndFollowsItsCandidatesAndDueDate() {
        String instance = start();
        String task = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
        assertThat(offers(task)).containsExactly("chunjiang-clerk claimable due 2012-03-08");

        taskService.claim(task, "chunjiang.clerk");
        assertThat(steps.findById(task).orElseThrow().getAssignee()).isEqualTo("chunjiang.clerk");
        assertThat(offers(task)).as("claimed: no longer offered").containsExactly("chunjiang-clerk taken due 2012-03-08");

        taskService.setDueDate(task, endOf(LocalDate.of(2012, 3, 22)));
        taskService.addCandidateGroup(task, "bureau-clerk");
        taskService.setAssignee(task, null);
        assertThat(steps.findById(task).orElseThrow().getAssignee()).isNull();
        assertThat(offers(task)).as("handed back, with a new due date and a second group").containsExactly(
                "bureau-clerk claimable due 2012-03-22", "chunjiang-clerk claimable due 2012-03-22");
        assertThat(steps.findById(task).orElseThrow().candidateGroupList())
                .containsExactlyInAnyOrder("chunjiang-clerk", "bureau-clerk");

        taskService.deleteCandidateGroup(task, "chunjiang-clerk");
        taskService.setDueDate(task, null);
        assertThat(offers(task)).containsExactly("bureau-clerk claimable undated");

        identityService.setAuthentication("bureau.clerk", List.of("bureau-clerk"));
        taskService.complete(task, Map.of("acceptanceDecision", "ACCEPT"));
        assertThat(offers(task)).as("a completed step stays in its group's reach, not in its queue")
                .containsExactly("bureau-clerk taken undated");
    }

    /** The step's group rows as text: group, claimable or taken, and the copied due date. */
    private List<String> offers(String taskId) {
        return jdbc.query("select group_id, claimable, undated, due_at from case_step_group where task_id = ?"
                        + " order by group_id", (rs, row) -> rs.getString(1) + (rs.getBoolean(2) ? " claimable" : " taken")
                        + (rs.getBoolean(3) ? " undated" : " due " + rs.getTimestamp(4, java.util.Calendar.getInstance(
                        java.util.TimeZone.getTimeZone("UTC"))).toInstant().atZone(CHINA).toLocalDate()),
                taskId);
    }

    private String start() {
        return runtimeService.startProcessInstanceByKey("secondChildApproval",
                new HashMap<>(Applications.onlyChildCouple())).getId();
    }
}
