package cn.gov.xinbei.pfp.supervision;

import cn.gov.xinbei.pfp.supervision.domain.SupervisionStatus;
import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/** One test per path of caseSupervision (督办), started by the escalation scan on an overdue 受理申请. */
@SpringBootTest
@ActiveProfiles("test")
class CaseSupervisionProcessTest {

    static final String ANSWER = "材料已于3月9日补齐，经办人休假致逾期，今日起专人办理";

    @Autowired
    ProcessEngine processEngine;
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

    ProcessInstance supervision;

    @BeforeEach
    void escalateOverdueAcceptance() {
        init(processEngine);
        new SupervisionTestCases(runtimeService, taskService).atAcceptance();
        CaseTestSupport.clockAt(LocalDate.of(2012, 3, 9)); // Friday; 受理申请 was due on Thursday 03-08
        assertThat(service.escalateOverdueSteps()).isEqualTo(1);
        supervision = runtimeService.createProcessInstanceQuery().processDefinitionKey("caseSupervision")
                .singleResult();
    }

    @AfterEach
    void cleanUp() {
        CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
    }

    @Test
    void answerAcceptedClosesItem() {
        assertThat(supervision.getBusinessKey()).isEqualTo("SC-2012-00001/督办");
        assertThat(supervision).isWaitingAt("Task_AnswerSupervision");
        assertThat(task(supervision)).hasCandidateGroup("chunjiang-clerk");
        // 3 working days from Friday 2012-03-09: Mon 12, Tue 13, Wed 14
        assertThat(task(supervision).getDueDate()).isEqualTo(CaseTestSupport.endOf(LocalDate.of(2012, 3, 14)));

        complete(task(supervision), withVariables("answer", ANSWER));
        assertThat(supervision).isWaitingAt("Task_ReviewSupervision");
        assertThat(task(supervision)).hasCandidateGroup("chunjiang-supervisor");
        assertThat(item().status()).isEqualTo(SupervisionStatus.AWAITING_REVIEW);
        assertThat(item().answer()).isEqualTo(ANSWER);

        complete(task(supervision), withVariables("reviewDecision", "ACCEPT"));
        assertThat(supervision).isEnded().hasPassed("EndEvent_SupervisionClosed");
        assertThat(item().status()).isEqualTo(SupervisionStatus.CLOSED);
        assertThat(item().closedAt()).isNotNull();
        // The 督办 tasks are in the case's timeline, named after the part of the business key.
        assertThat(jdbc.queryForList("select step_name from case_event where event_type = 'TASK_CREATED'",
                String.class)).contains("答复督办（督办）", "审阅督办答复（督办）");
    }

    @Test
    void supervisorReturnsAnswerAndGroupAnswersAgain() {
        complete(task(supervision), withVariables("answer", ANSWER));
        assertThat(supervision).isWaitingAt("Task_ReviewSupervision");

        assertThatThrownBy(() -> complete(task(supervision), withVariables("reviewDecision", "RETURN",
                "returnReason", "太短")))
                .hasMessageContaining("退回理由：至少填写10个字");
        assertThat(supervision).isWaitingAt("Task_ReviewSupervision");

        complete(task(supervision), withVariables("reviewDecision", "RETURN",
                "returnReason", "请说明何时办结受理，并附补正材料清单"));
        assertThat(supervision).isWaitingAt("Task_AnswerSupervision");
        assertThat(task(supervision)).hasCandidateGroup("chunjiang-clerk");
        assertThat(item().status()).isEqualTo(SupervisionStatus.AWAITING_ANSWER);
        assertThat(item().returns()).isEqualTo(1);
        assertThat(item().returnReason()).isEqualTo("请说明何时办结受理，并附补正材料清单");

        complete(task(supervision), withVariables("answer", "已于3月12日受理，补正材料清单已存档备查"));
        assertThat(supervision).isWaitingAt("Task_ReviewSupervision");
        complete(task(supervision), withVariables("reviewDecision", "ACCEPT"));
        assertThat(supervision).isEnded().hasPassed("EndEvent_SupervisionClosed");
        assertThat(item().status()).isEqualTo(SupervisionStatus.CLOSED);
        assertThat(item().answer()).isEqualTo("已于3月12日受理，补正材料清单已存档备查");
    }

    @Test
    void shortAnswerIsRefusedAndNothingIsWritten() {
        assertThatThrownBy(() -> complete(task(supervision), withVariables("answer", "已办理")))
                .hasMessageContaining("督办答复：至少填写10个字");
        assertThat(supervision).isWaitingAt("Task_AnswerSupervision");
        assertThat(item().status()).isEqualTo(SupervisionStatus.AWAITING_ANSWER);
        assertThat(item().answer()).isNull();
        assertThat(jdbc.queryForObject("select count(*) from case_event where event_type = 'SUPERVISION_ANSWERED'",
                Integer.class)).isZero();
    }

    private SupervisionItem item() {
        return items.byProcessInstance(supervision.getId()).orElseThrow();
    }
}
