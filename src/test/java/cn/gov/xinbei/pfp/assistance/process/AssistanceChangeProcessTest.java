package cn.gov.xinbei.pfp.assistance.process;

import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.time.LocalDate;
import java.util.HashMap;
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

/** 变更 (assistanceChange): stopping a confirmed entitlement from a date. */
@SpringBootTest
@ActiveProfiles("test")
class AssistanceChangeProcessTest {

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    JdbcTemplate jdbc;

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
    void theBureauConfirmsAChangeAndTheEntitlementStopsTheDayBefore() {
        String caseNumber = confirmedSurgeryEntitlement();
        CaseTestSupport.clockAt(LocalDate.of(2012, 6, 4));

        assertThatThrownBy(() -> startChange(change("ANOTHER_CHILD", "2012-06-01")))
                .hasMessageContaining("不适用于计划生育手术并发症人员特别扶助");
        Map<String, Object> unknown = change("DEATH", "2012-06-01");
        unknown.put("holderIdNumber", AssistanceApplications.RURAL_MAN);
        assertThatThrownBy(() -> startChange(unknown)).hasMessageContaining("没有有效的享受资格");

        ProcessInstance change = startChange(change("DEATH", "2012-06-01"));
        assertThat(change.getBusinessKey()).isEqualTo(caseNumber);
        assertThat(change).isWaitingAt("Task_ConfirmChange");
        assertThat(task()).hasCandidateGroup("bureau-clerk");
        assertThat(task().getDueDate()).isNotNull();
        assertThatThrownBy(() -> startChange(change("DEATH", "2012-06-01"))).hasMessageContaining("待审核的变更申请");

        assertThatThrownBy(() -> complete(task(), withVariables("changeDecision", "REJECT")))
                .hasMessageContaining("不予变更的理由");
        complete(task(), withVariables("changeDecision", "CONFIRM"));
        assertThat(change).isEnded();
        Map<String, Object> entitlement = jdbc.queryForMap("select status, until_date, active_key from assistance_entitlement");
        assertThat(entitlement.get("STATUS")).isEqualTo("STOPPED");
        assertThat(entitlement.get("UNTIL_DATE").toString()).isEqualTo("2012-05-31");
        assertThat(entitlement.get("ACTIVE_KEY")).isNull();
        assertThat(jdbc.queryForList("select e.detail from case_event e join case_file c on c.id = e.case_id"
                + " where c.case_number = ? and e.event_type = 'ENTITLEMENT_STOPPED'", String.class, caseNumber))
                .singleElement().asString().contains("受益人死亡", "2012-06-01");
        assertThatThrownBy(() -> startChange(change("DEATH", "2012-06-01"))).hasMessageContaining("没有有效的享受资格");
    }

    @Test
    void bankAccountChangeReplacesTheAccountAndKeepsTheEntitlement() {
        String caseNumber = confirmedSurgeryEntitlement();
        CaseTestSupport.clockAt(LocalDate.of(2012, 6, 4));

        // Submitted as the Tasklist does (a start form), so the engine would record each form field.
        String definitionId = processEngine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("assistanceChange").latestVersion().singleResult().getId();
        ProcessInstance change = processEngine.getFormService().submitStartForm(definitionId,
                accountChange("ABC", "6228 4804 0256 4890 018"));
        assertThat(change.getBusinessKey()).isEqualTo(caseNumber);
        assertThat(change).isEnded().hasPassed("EndEvent_AccountChanged").hasNotPassed("Task_ConfirmChange");
        Map<String, Object> entitlement = jdbc.queryForMap("select status, until_date, active_key, agent_bank,"
                + " bank_account from assistance_entitlement");
        assertThat(entitlement).containsEntry("STATUS", "ACTIVE").containsEntry("AGENT_BANK", "ABC")
                .containsEntry("BANK_ACCOUNT", AssistanceApplications.LUHN_ACCOUNT)
                .containsEntry("ACTIVE_KEY", AssistanceApplications.SURGERY_WOMAN + "|SURGERY_COMPLICATION");
        assertThat(entitlement.get("UNTIL_DATE")).isNull();
        assertThat(jdbc.queryForMap("select reason, status, effective_date, pending_key from assistance_change"))
                .containsEntry("REASON", "BANK_ACCOUNT_CHANGED").containsEntry("STATUS", "CONFIRMED")
                .containsEntry("PENDING_KEY", null);
        // The timeline shows the last 4 digits; the full number is in the register only, not in the engine's history.
        assertThat(jdbc.queryForList("select e.detail from case_event e join case_file c on c.id = e.case_id"
                + " where c.case_number = ? and e.event_type = 'ACCOUNT_CHANGED'", String.class, caseNumber))
                .singleElement().asString().contains("中国农业银行", "***************0018", "享受资格继续有效");
        assertThat(jdbc.queryForList("select detail from case_event where detail is not null", String.class))
                .allSatisfy(d -> assertThat(d).doesNotContain(AssistanceApplications.LUHN_ACCOUNT));
        assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(change.getId()).variableName("newBankAccount").singleResult().getValue())
                .isEqualTo("***************0018");
        assertThat(processEngine.getHistoryService().createHistoricDetailQuery().formFields()
                .processInstanceId(change.getId()).list())
                .isNotEmpty()
                .noneSatisfy(d -> assertThat(((org.camunda.bpm.engine.history.HistoricFormField) d).getFieldId())
                        .isEqualTo("newBankAccount"))
                .allSatisfy(d -> assertThat(String.valueOf(((org.camunda.bpm.engine.history.HistoricFormField) d)
                        .getFieldValue())).doesNotContain("4890"));
        assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(change.getId()).list())
                .allSatisfy(v -> assertThat(String.valueOf(v.getValue())).doesNotContain(AssistanceApplications.LUHN_ACCOUNT));

        // The entitlement still runs: a later stop is registered as before.
        CaseTestSupport.clockAt(LocalDate.of(2012, 7, 2));
        assertThat(startChange(change("DEATH", "2012-07-01"))).isWaitingAt("Task_ConfirmChange");
    }

    @Test
    void invalidAccountIsRefusedAndNothingChanges() {
        String caseNumber = confirmedSurgeryEntitlement();
        CaseTestSupport.clockAt(LocalDate.of(2012, 6, 4));
        Map<String, Object> before = jdbc.queryForMap("select * from assistance_entitlement");
        int eventsBefore = jdbc.queryForObject("select count(*) from case_event", Integer.class);
        long instancesBefore = runtimeService.createProcessInstanceQuery().count();

        assertThatThrownBy(() -> startChange(accountChange("ABC", "6228480402564890019")))
                .hasMessageContaining("代发银行账号校验位不正确").message().doesNotContain("6228480402564890019");
        assertThatThrownBy(() -> startChange(accountChange("ABC", "6228-4804-0256-4890-018")))
                .hasMessageContaining("代发银行账号只能包含数字");
        assertThatThrownBy(() -> startChange(accountChange("NOSUCHBANK", AssistanceApplications.LUHN_ACCOUNT)))
                .hasMessageContaining("代发银行不在本区委托发放机构名单中");
        assertThatThrownBy(() -> startChange(accountChange("JNRCB", "623091010000")))
                .hasMessageContaining("江苏江南农村商业银行的代发银行账号应为16至19位数字，现为12位");
        assertThatThrownBy(() -> startChange(accountChange(null, null)))
                .hasMessageContaining("请选择代发银行").hasMessageContaining("请填写代发银行账号");

        assertThat(jdbc.queryForMap("select * from assistance_entitlement")).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from assistance_change", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from case_event", Integer.class)).isEqualTo(eventsBefore);
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
        assertThat(caseNumber).isNotNull();
    }

    @Test
    void theOneOffAwardIsNeverStopped() {
        Map<String, Object> variables = change("DEATH", "2012-06-01");
        variables.put("scheme", "RETIREE_ONE_OFF_AWARD");
        assertThatThrownBy(() -> startChange(variables)).hasMessageContaining("一次性奖励");
    }

    private String confirmedSurgeryEntitlement() {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey("assistanceEligibility",
                new HashMap<>(AssistanceApplications.surgeryComplication()));
        assertThat(instance).isWaitingAt("Task_VillageReview");
        complete(task(), withVariables("villageOpinion", "经村委会审议，情况属实", "villagePostingPlace", "魏村村务公开栏"));
        execute(job());
        complete(task(), withVariables("townOpinion", "经镇初审，情况属实", "townPostingPlace", "春江镇政务公开栏"));
        execute(job());
        complete(task(), withVariables("bureauDecision", "CONFIRM"));
        assertThat(instance).isWaitingAt("Task_RecordTransfer");
        return instance.getBusinessKey();
    }

    private static Map<String, Object> change(String reason, String effectiveDate) {
        Map<String, Object> v = new HashMap<>();
        v.put("scheme", "SURGERY_COMPLICATION");
        v.put("holderIdNumber", AssistanceApplications.SURGERY_WOMAN);
        v.put("changeReason", reason);
        v.put("effectiveDate", effectiveDate);
        v.put("changeEvidence", "春江派出所死亡证明（春派死证〔2012〕40号）");
        return v;
    }

    private static Map<String, Object> accountChange(String bank, String account) {
        Map<String, Object> v = new HashMap<>();
        v.put("scheme", "SURGERY_COMPLICATION");
        v.put("holderIdNumber", AssistanceApplications.SURGERY_WOMAN);
        v.put("changeReason", "BANK_ACCOUNT_CHANGED");
        v.put("newAgentBank", bank);
        v.put("newBankAccount", account);
        v.put("changeEvidence", "本人申请及中国农业银行新开卡复印件");
        return v;
    }

    private ProcessInstance startChange(Map<String, Object> variables) {
        return runtimeService.startProcessInstanceByKey("assistanceChange", variables);
    }
}
