package cn.gov.xinbei.pfp.assistance.process;

import cn.gov.xinbei.pfp.assistance.AssistanceReverification;
import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/** 年度核查: one action starts a re-verification task for every current beneficiary, with its progress recorded. */
@SpringBootTest
@ActiveProfiles("test")
class AssistanceReverificationTest {

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AssistanceReverification reverification;

    @BeforeEach
    void setUp() {
        init(processEngine);
        CaseTestSupport.clockAt(LocalDate.of(2012, 3, 1));
    }

    @AfterEach
    void cleanUp() {
        CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
    }

    @Test
    void everyCurrentBeneficiaryGetsATaskAtTheirTownAndTheRunShowsItsProgress() {
        String surgeryCase = confirmed(AssistanceApplications.surgeryComplication(), false);
        confirmed(AssistanceApplications.retiree(), true); // one-off award: paid once, not re-verified
        CaseTestSupport.clockAt(LocalDate.of(2012, 11, 5));

        AssistanceReverification.Progress opened = reverification.begin(2012, "bureau.clerk");
        assertThat(opened).isEqualTo(new AssistanceReverification.Progress(2012, 1, 0, "RUNNING", null));
        AssistanceReverification.Progress done = reverification.runBatches(2012);
        assertThat(done).isEqualTo(new AssistanceReverification.Progress(2012, 1, 1, "FINISHED", null));
        assertThatThrownBy(() -> reverification.begin(2012, "bureau.clerk")).hasMessageContaining("不能重复启动");

        List<ProcessInstance> started = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey("assistanceReverification").list();
        assertThat(started).singleElement().extracting(ProcessInstance::getBusinessKey).isEqualTo(surgeryCase);
        Task task = taskService.createTaskQuery().processInstanceId(started.get(0).getId()).singleResult();
        assertThat(task).hasCandidateGroup("chunjiang-clerk");
        assertThat(task.getDueDate()).isNotNull();
        assertThatThrownBy(() -> complete(task, withVariables("reverificationResult", "CHANGE_NEEDED")))
                .hasMessageContaining("需变更的情况");
        complete(task, withVariables("reverificationResult", "STILL_ELIGIBLE"));
        assertThat(jdbc.queryForObject("select count(*) from case_event where event_type = 'REVERIFIED'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void theTownCorrectsTheAccountOfARunningEntitlementAtTheReverification() {
        confirmed(AssistanceApplications.surgeryComplication(), false);
        CaseTestSupport.clockAt(LocalDate.of(2012, 11, 5));
        reverification.begin(2012, "bureau.clerk");
        reverification.runBatches(2012);
        Task task = taskService.createTaskQuery().processDefinitionKey("assistanceReverification").singleResult();
        assertThat(taskService.getVariables(task.getId())).containsEntry("agentBankName", "江苏江南农村商业银行")
                .containsEntry("bankAccount", "***************0062");

        assertThatThrownBy(() -> complete(task, withVariables("reverificationResult", "STILL_ELIGIBLE",
                "correctedAgentBank", "ABC", "correctedBankAccount", "6228480402564890019")))
                .hasMessageContaining("代发银行账号校验位不正确");
        complete(task, withVariables("reverificationResult", "STILL_ELIGIBLE", "correctedAgentBank", "ABC",
                "correctedBankAccount", AssistanceApplications.LUHN_ACCOUNT));
        assertThat(jdbc.queryForMap("select agent_bank, bank_account from assistance_entitlement"))
                .containsEntry("AGENT_BANK", "ABC").containsEntry("BANK_ACCOUNT", AssistanceApplications.LUHN_ACCOUNT);
        assertThat(jdbc.queryForObject("select detail from case_event where event_type = 'ACCOUNT_CORRECTED'", String.class))
                .isEqualTo("更正代发银行：中国农业银行，账号***************0018");
        assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).variableName("correctedBankAccount").singleResult()
                .getValue()).isNull();
    }

    private String confirmed(Map<String, Object> application, boolean hrCheck) {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey("assistanceEligibility", new HashMap<>(application));
        assertThat(instance).isWaitingAt("Task_VillageReview");
        complete(task(), withVariables("villageOpinion", "经村委会审议，情况属实", "villagePostingPlace", "魏村村务公开栏"));
        execute(job());
        complete(task(), withVariables("townOpinion", "经镇初审，情况属实", "townPostingPlace", "春江镇政务公开栏"));
        execute(job());
        if (hrCheck) {
            complete(task(), withVariables("hrConfirmation", "CONFIRMED", "hrRetirementDate", "2005-06-30"));
        }
        complete(task(), withVariables("bureauDecision", "CONFIRM"));
        assertThat(instance).isWaitingAt("Task_RecordTransfer");
        return instance.getBusinessKey();
    }
}
