package cn.gov.xinbei.pfp.api;

import cn.gov.xinbei.pfp.assistance.process.AssistanceApplications;
import cn.gov.xinbei.pfp.assistance.process.AssistanceCases;
import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import cn.gov.xinbei.pfp.assistance.AssistanceTransfers;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Finance records one transfer to the agent bank for a whole payout list (POST /api/assistance/payouts/transfers):
 * 奖扶 960 and 手术并发症二级 1,320 in 春江镇, the one-off award 3,600 in 孟河镇, all confirmed in 2012 and waiting for
 * their transfer. The credit is still recorded per person.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AssistanceListTransferApiTest {

    private static final String PASSWORD = "demo";

    @Autowired
    MockMvc mvc;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    AssistanceTransfers transfers;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    private ProcessInstance rural;
    private ProcessInstance surgery;
    private ProcessInstance retiree;

    @BeforeEach
    void threeConfirmedEntitlementsAwaitingTheirTransfer() {
        init(processEngine);
        CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
        CaseTestSupport.clockAt(LocalDate.of(2012, 3, 1));
        rural = AssistanceCases.confirmed(AssistanceApplications.ruralAward(), "chunjiang");
        surgery = AssistanceCases.confirmed(AssistanceApplications.surgeryComplication(), "chunjiang");
        retiree = AssistanceCases.confirmed(AssistanceApplications.retiree(), "menghe");
        CaseTestSupport.clockAt(LocalDate.of(2012, 6, 29));
    }

    @AfterEach
    void cleanUp() {
        CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
    }

    @Test
    void financeTransfersATownsListOnceAndItsCasesGoOnToThePerPersonCredit() throws Exception {
        transfer("finance.liaison", Map.of("year", "2012", "town", "chunjiang", "transferReference", "新财拨〔2012〕88号",
                "transferredOn", "2012-06-28", "amount", "2280.00"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.persons").value(2))
                .andExpect(jsonPath("$.amount").value(2280.0))
                .andExpect(jsonPath("$.town").value("chunjiang"))
                .andExpect(jsonPath("$.recordedBy").value("finance.liaison"));
        assertThat(jdbc.queryForObject("select count(*) from assistance_payment where transfer_id is not null"
                + " and transfer_reference = '新财拨〔2012〕88号'", Integer.class)).isEqualTo(2);
        // The payments are written with the transfer; the waiting cases move on in jobs of the transfer's run.
        assertThat(rural).isWaitingAt("Task_RecordTransfer");
        assertThat(managementService.createJobQuery().processDefinitionKey(AssistanceTransfers.TRANSFER_RUN).count())
                .isEqualTo(1);
        runTransferJobs();
        assertThat(rural).isWaitingAt("Task_RecordCredit");
        assertThat(jdbc.queryForList("select distinct e.actor from case_event e join case_file c on c.id = e.case_id"
                + " where c.case_number = ? and e.step_key = 'Task_RecordTransfer' and e.actor is not null",
                String.class, rural.getBusinessKey())).as("the step done in her name").containsExactly("finance.liaison");
        String transferId = jdbc.queryForObject("select id from assistance_transfer where transfer_reference = ?",
                String.class, "新财拨〔2012〕88号");
        transfers.moveWaitingCase(transferId, rural.getBusinessKey()); // a job run a second time
        assertThat(rural).isWaitingAt("Task_RecordCredit");
        assertThat(surgery).isWaitingAt("Task_RecordCredit");
        assertThat(retiree).isWaitingAt("Task_RecordTransfer");
        assertThat(jdbc.queryForList("select c.status from case_file c where c.case_number in (?, ?)", String.class,
                rural.getBusinessKey(), surgery.getBusinessKey())).containsOnly("TRANSFERRED_AWAITING_CREDIT");

        // The same list again, under another reference: nothing is left to transfer, refused; the reference once a year.
        transfer("finance.liaison", Map.of("year", "2012", "town", "chunjiang", "transferReference", "新财拨〔2012〕89号",
                "transferredOn", "2012-06-28", "amount", "2280.00"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("transferReference"))
                .andExpect(jsonPath("$.violations[0].message", containsString("已全部登记拨付")))
                .andExpect(jsonPath("$.violations[0].message", containsString("新财拨〔2012〕88号")));
        transfer("finance.liaison", Map.of("year", "2012", "transferReference", "新财拨〔2012〕88号",
                "transferredOn", "2012-06-28", "amount", "3600.00"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].message", containsString("不能重复使用")));

        // The district's list: only what is left (the one-off award in 孟河镇), 3,600.
        transfer("finance.liaison", Map.of("year", "2012", "transferReference", "新财拨〔2012〕90号",
                "transferredOn", "2012-06-29", "amount", 3600))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.persons").value(1))
                .andExpect(jsonPath("$.amount").value(3600.0));
        runTransferJobs();
        assertThat(retiree).isWaitingAt("Task_RecordCredit");
        assertThat(jdbc.queryForObject("select count(*) from assistance_payment", Integer.class)).isEqualTo(3);

        // The agent bank's credit per person, as before.
        complete(task(surgery), withVariables("creditedOn", "2012-06-29", "bankReference", "NX20120629-0002"));
        assertThat(surgery).isEnded().hasPassed("EndEvent_Paid");
        assertThat(rural).isWaitingAt("Task_RecordCredit");

        mvc.perform(get("/api/assistance/payouts/transfers").param("year", "2012").with(httpBasic("bureau.head", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[?(@.transferReference == '新财拨〔2012〕90号')].persons").value(1));
    }

    @Test
    void anAmountThatIsNotTheListsTotalIsRefusedAndNothingIsWritten() throws Exception {
        transfer("finance.liaison", Map.of("year", "2012", "transferReference", "新财拨〔2012〕91号",
                "transferredOn", "2012-06-28", "amount", "5000"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("amount"))
                .andExpect(jsonPath("$.violations[0].message").value("拨付金额5000.00元与名册中尚未拨付的3人合计5880.00元不符"));
        transfer("finance.liaison", Map.of("year", "2012", "transferReference", "",
                "transferredOn", "2012-07-01", "amount", "-1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations", hasSize(3)))
                .andExpect(jsonPath("$.violations[0].field").value("transferReference"))
                .andExpect(jsonPath("$.violations[1].message").value("拨付日期不能晚于今天"))
                .andExpect(jsonPath("$.violations[2].field").value("amount"));
        assertThat(jdbc.queryForObject("select count(*) from assistance_payment", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from assistance_transfer", Integer.class)).isZero();
        assertThat(rural).isWaitingAt("Task_RecordTransfer");
    }

    @Test
    void aListWithAPersonWithoutAnAccountIsNotTransferred() throws Exception {
        jdbc.update("update assistance_entitlement set agent_bank = null, bank_account = null where id_number = ?",
                AssistanceApplications.RETIREE);
        transfer("finance.liaison", Map.of("year", "2012", "transferReference", "新财拨〔2012〕92号",
                "transferredOn", "2012-06-28", "amount", "5880"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("bank"))
                .andExpect(jsonPath("$.violations[0].message", containsString("1人未登记代发银行账号（刘国强 320411********0052）")));
        assertThat(jdbc.queryForObject("select count(*) from assistance_payment", Integer.class)).isZero();
        // One bank's list leaves the others out: 奖扶 and 手术并发症 are both at the rural bank.
        transfer("finance.liaison", Map.of("year", "2012", "bank", "JNRCB", "transferReference", "新财拨〔2012〕93号",
                "transferredOn", "2012-06-28", "amount", "2280"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.bank").value("JNRCB"))
                .andExpect(jsonPath("$.persons").value(2));
    }

    @Test
    void onlyFinanceRecordsTransfers() throws Exception {
        Map<String, Object> body = Map.of("year", "2012", "transferReference", "新财拨〔2012〕94号",
                "transferredOn", "2012-06-28", "amount", "5880");
        for (String user : new String[] {"bureau.clerk", "bureau.head", "chunjiang.clerk", "police.liaison"}) {
            transfer(user, body).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/assistance/payouts/transfers").param("year", "2012")
                .with(httpBasic("chunjiang.clerk", PASSWORD))).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from assistance_payment", Integer.class)).isZero();
    }

    private ResultActions transfer(String user, Map<String, Object> body) throws Exception {
        return mvc.perform(post("/api/assistance/payouts/transfers").with(httpBasic(user, PASSWORD))
                .contentType("application/json").content(json.writeValueAsBytes(new LinkedHashMap<>(body))));
    }


    /** Runs the transfer runs' jobs as the job executor of any node would, until none is left. */
    private void runTransferJobs() {
        List<Job> jobs;
        while (!(jobs = managementService.createJobQuery().processDefinitionKey(AssistanceTransfers.TRANSFER_RUN)
                .list()).isEmpty()) {
            jobs.forEach(job -> managementService.executeJob(job.getId()));
        }
    }
}
