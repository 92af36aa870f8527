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

    private ProcessInstance startChange(Map<String, Object> variables) {
        return runtimeService.startProcessInstanceByKey("assistanceChange", variables);
    }
}
