package cn.gov.xinbei.pfp.browser;

import cn.gov.xinbei.pfp.assistance.process.AssistanceApplications;
import cn.gov.xinbei.pfp.assistance.process.AssistanceCases;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 3's browser test of one confirmation: the bureau clerk opens 区人口计生局审核确认并公布 in the Tasklist, confirms
 * the entitlement, and the register takes the amount of the rate table (the form has no amount field) while the case
 * moves on to finance's transfer. The case is driven to the bureau's step through the engine (the steps before it
 * have their own tests in AssistanceEligibilityProcessTest). Works the Tasklist through {@link TasklistPage} in a
 * {@link Browser}, like TasklistFeeDecisionBrowserIT; screenshots go to target/screenshots/.
 */
class TasklistAssistanceConfirmationBrowserIT extends TasklistBrowserTest {

    /** config/assistance/rates.yml: RURAL_AWARD for 2012, 960 元 per person and year (a default the bureau sets). */
    private static final BigDecimal RURAL_AWARD_2012 = new BigDecimal("960");

    @Autowired
    ProcessEngine processEngine;

    @Override
    protected LocalDate startDay() {
        return LocalDate.of(2012, 3, 1);
    }

    @Test
    void bureauClerkConfirmsTheEntitlementAndTheCaseGoesToFinance() throws Exception {
        ProcessInstance instance = awaitingBureauConfirmation();
        String caseNumber = instance.getBusinessKey();
        assertThat(jdbc.queryForObject("select count(*) from assistance_entitlement", Integer.class)).isZero();
        try {
            tasklist.signIn("bureau.clerk", "demo");
            tasklist.openTaskInFilter("本组待办", "区人口计生局审核确认并公布");
            assertThat(tasklist.form().readonlyValue("案件编号")).isEqualTo(caseNumber);
            assertThat(tasklist.form().readonlyValue("申请人公民身份号码")).isEqualTo("320411********0018");

            tasklist.claimIfNeeded();
            tasklist.form().radio("审核结果", "确认享受资格");
            browser.screenshot("confirmation-filled");
            tasklist.completeTask("区人口计生局审核确认并公布");
            browser.await().until(d -> taskService.createTaskQuery().processInstanceId(instance.getId())
                    .taskDefinitionKey("Task_RecordTransfer").count() == 1);
        } catch (RuntimeException | AssertionError e) {
            browser.dumpPage("failure");
            throw e;
        }

        Map<String, Object> entitlement = jdbc.queryForMap("select * from assistance_entitlement");
        assertThat(entitlement).containsEntry("ID_NUMBER", AssistanceApplications.RURAL_MAN)
                .containsEntry("SCHEME", "RURAL_AWARD").containsEntry("STATUS", "ACTIVE")
                .containsEntry("RATE_UNIT", "PER_PERSON_PER_YEAR").containsEntry("RATE_YEAR", 2012)
                .containsEntry("TOWN_SLUG", "chunjiang");
        assertThat((BigDecimal) entitlement.get("AMOUNT")).isEqualByComparingTo(RURAL_AWARD_2012);
        assertThat(entitlement.get("FROM_DATE").toString()).isEqualTo("2012-03-01");

        Task transfer = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(transfer.getTaskDefinitionKey()).isEqualTo("Task_RecordTransfer");
        assertThat(taskService.getIdentityLinksForTask(transfer.getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("finance-liaison"));
        assertThat(runtimeService.getVariable(instance.getId(), "payAmount")).isEqualTo("960.00");
        assertThat(jdbc.queryForObject("select status from case_file where case_number = ?", String.class, caseNumber))
                .isEqualTo("CONFIRMED_AWAITING_TRANSFER");
    }

    /** A 奖扶 application, reviewed and posted by the village and the town, hukou confirmed by the police. */
    private ProcessInstance awaitingBureauConfirmation() {
        ProcessInstance instance = AssistanceCases.pastPostings(processEngine, AssistanceApplications.ruralAward());
        complete(instance, Map.of("confirmedApplicantHukou", "AGRICULTURAL", "confirmedSpouseHukou", "AGRICULTURAL",
                "hukouCertificateNumber", "春派证〔2012〕31号"));
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult()
                .getTaskDefinitionKey()).isEqualTo("Task_BureauConfirmation");
        return instance;
    }

    private void complete(ProcessInstance instance, Map<String, Object> variables) {
        Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        taskService.complete(task.getId(), new HashMap<>(variables));
    }
}
