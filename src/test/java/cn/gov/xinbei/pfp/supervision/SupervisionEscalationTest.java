package cn.gov.xinbei.pfp.supervision;

import cn.gov.xinbei.pfp.supervision.domain.SupervisionStatus;
import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The escalation scan on the 2012 calendar: an overdue step gets one supervision item and one 督办 process. */
@SpringBootTest
@ActiveProfiles("test")
class SupervisionEscalationTest {

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SupervisionService service;
    @Autowired
    SupervisionItems items;

    @AfterEach
    void cleanUp() {
        CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
    }

    @Test
    void overdueTownStepIsEscalatedOnceToTheTownsSupervisors() {
        var cases = new SupervisionTestCases(runtimeService, taskService);
        ProcessInstance instance = cases.atAcceptance();
        Task overdue = cases.task(instance);
        // 5 working days from Thursday 2012-03-01 end on Thursday 03-08, at 23:59:59
        assertThat(overdue.getDueDate()).isEqualTo(CaseTestSupport.endOf(LocalDate.of(2012, 3, 8)));

        CaseTestSupport.clockAt(LocalDate.of(2012, 3, 8)); // the last day itself: not overdue yet
        assertThat(service.escalateOverdueSteps()).isZero();

        CaseTestSupport.clockAt(LocalDate.of(2012, 3, 9));
        assertThat(service.escalateOverdueSteps()).isEqualTo(1);
        assertThat(service.escalateOverdueSteps()).as("a second scan adds nothing").isZero();

        List<SupervisionItem> all = items.all();
        assertThat(all).hasSize(1);
        SupervisionItem item = all.get(0);
        assertThat(item.overdueTaskId()).isEqualTo(overdue.getId());
        assertThat(item.overdueStepKey()).isEqualTo("Task_AcceptApplication");
        assertThat(item.overdueStepName()).isEqualTo("受理申请");
        assertThat(item.caseNumber()).isEqualTo("SC-2012-00001");
        assertThat(item.townSlug()).isEqualTo("chunjiang");
        assertThat(item.responsibleGroup()).isEqualTo("chunjiang-clerk");
        assertThat(item.supervisorGroup()).isEqualTo("chunjiang-supervisor");
        assertThat(item.status()).isEqualTo(SupervisionStatus.AWAITING_ANSWER);
        assertThat(item.overdueDueAt()).isEqualTo(CaseTestSupport.endOf(LocalDate.of(2012, 3, 8)).toInstant());
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("caseSupervision").count())
                .isEqualTo(1);
        assertThat(item.processInstanceId()).isEqualTo(runtimeService.createProcessInstanceQuery()
                .processDefinitionKey("caseSupervision").singleResult().getId());
        assertThat(jdbc.queryForList("select detail from case_event where event_type = 'SUPERVISION_RAISED'",
                String.class)).containsExactly("督办：“受理申请”已逾期（期限2012-03-08），由春江镇经办人答复，春江镇负责人审阅");

        // Two nodes scanning at once: the second insert for the same overdue task fails on the unique key, and
        // escalateOverdueSteps rolls that escalation back.
        SupervisionItem twin = new SupervisionItem(java.util.UUID.randomUUID().toString(), item.caseId(),
                item.caseNumber(), item.townSlug(), item.overdueTaskId(), item.overdueProcessKey(),
                item.overdueStepKey(), item.overdueStepName(), item.overdueDueAt(), item.candidateGroups(),
                item.responsibleGroup(), item.supervisorGroup(), item.status(), item.raisedAt(), null, null, null,
                null, null, 0, null, null);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> items.insert(twin))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);

        // Later the 督办 answer task is overdue too (due 03-14): a 督办 is not escalated again, nor is the step.
        CaseTestSupport.clockAt(LocalDate.of(2012, 3, 20));
        assertThat(service.escalateOverdueSteps()).isZero();
    }

    @Test
    void overdueBureauStepGoesToTheBureauSupervisors() {
        var cases = new SupervisionTestCases(runtimeService, taskService);
        ProcessInstance instance = cases.atDecision();
        assertThat(cases.task(instance).getDueDate()).isEqualTo(CaseTestSupport.endOf(LocalDate.of(2012, 3, 31)));

        CaseTestSupport.clockAt(LocalDate.of(2012, 4, 5)); // after Qingming (04-02..04)
        assertThat(service.escalateOverdueSteps()).isEqualTo(1);
        SupervisionItem item = items.all().get(0);
        assertThat(item.responsibleGroup()).isEqualTo("bureau-clerk");
        assertThat(item.supervisorGroup()).isEqualTo("bureau-supervisor");

        Task answer = taskService.createTaskQuery().processInstanceId(item.processInstanceId()).singleResult();
        assertThat(answer.getTaskDefinitionKey()).isEqualTo("Task_AnswerSupervision");
        // 3 working days from Thursday 2012-04-05: Fri 06, Mon 09, Tue 10
        assertThat(answer.getDueDate()).isEqualTo(CaseTestSupport.endOf(LocalDate.of(2012, 4, 10)));
        taskService.complete(answer.getId(), java.util.Map.of("answer", "需向外省核实男方婚育情况，已发函"));
        Task review = taskService.createTaskQuery().processInstanceId(item.processInstanceId()).singleResult();
        assertThat(taskService.getIdentityLinksForTask(review.getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("bureau-supervisor"));
    }
}
