package cn.gov.xinbei.pfp.configuration;

import cn.gov.xinbei.pfp.assistance.process.AssistanceApplications;
import cn.gov.xinbei.pfp.assistance.process.AssistanceCases;
import cn.gov.xinbei.pfp.maintenancefee.FeeReports;
import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 14 point 4: a missing rate or base figure holds the case (no error, nothing lost), the bureau's
 * administrators see it on /desk/configuration-gaps and enter it (desk form or API), the entry is checked, logged
 * in the administration log, and the waiting case goes on by itself.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ConfigurationGapsTest {

    static final String PASSWORD = "demo";
    static final String SURGERY_GRADE_2 = "SURGERY_COMPLICATION/GRADE_2";

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        init(processEngine);
        CaseTestSupport.clockAt(LocalDate.of(2012, 3, 1));
    }

    @AfterEach
    void cleanUp() {
        CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
        historyService.createUserOperationLogQuery().list()
                .forEach(e -> historyService.deleteUserOperationLogEntry(e.getId()));
    }

    // ------------------------------------------------------------------------------------ rate, end to end

    @Test
    void aMissingRateHoldsTheCaseTheAdministratorEntersItOnTheDeskAndTheCaseGoesOn() throws Exception {
        ProcessInstance instance = waitingForThe2013SurgeryRate();
        String caseNumber = instance.getBusinessKey();

        // Visible: on the desk page (supervisors read it), in the API, and in the case's timeline.
        mvc.perform(get("/desk/configuration-gaps").with(user("bureau.head")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("计划生育手术并发症人员特别扶助"),
                        containsString("2013年度的扶助标准"), containsString(caseNumber), containsString("登记享受资格"))))
                .andExpect(content().string(not(containsString("/desk/configuration-gaps/figure?"))));
        mvc.perform(get("/api/configuration-gaps").with(httpBasic("bureau.head", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].figure.kind").value("ASSISTANCE_RATE"))
                .andExpect(jsonPath("$[0].figure.key").value(SURGERY_GRADE_2))
                .andExpect(jsonPath("$[0].figure.year").value(2013))
                .andExpect(jsonPath("$[0].cases[0].caseNumber").value(caseNumber));
        mvc.perform(get("/api/cases/" + caseNumber).with(httpBasic("bureau.clerk", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("等待补录配置数据")));
        mvc.perform(get("/desk/configuration-gaps").with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/desk/configuration-gaps/figure?kind=ASSISTANCE_RATE")));
        mvc.perform(get("/desk/configuration-gaps/figure").param("kind", "ASSISTANCE_RATE")
                        .param("key", SURGERY_GRADE_2).param("year", "2013").with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("数据来源")));

        // The administrator enters it with its source: stored, logged, and the case is released.
        mvc.perform(deskEntry("ASSISTANCE_RATE", SURGERY_GRADE_2, "2013", null, "120", "常人口发〔2013〕5号").with(user("admin")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/desk/configuration-gaps"));
        assertThat(jdbc.queryForObject("select count(*) from configuration_gap where resolved_at is null", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("select resolved_by from configuration_gap", String.class)).isEqualTo("admin");

        // It goes on by itself (asynchronously): the register takes the entered amount; nothing was re-entered.
        runContinuation(instance);
        assertThat(taskOf(instance).getTaskDefinitionKey()).isEqualTo("Task_RecordTransfer");
        Map<String, Object> entitlement = jdbc.queryForMap("select * from assistance_entitlement");
        assertThat((BigDecimal) entitlement.get("AMOUNT")).isEqualByComparingTo("120");
        assertThat(entitlement.get("RATE_YEAR")).isEqualTo(2013);
        assertThat(entitlement.get("RATE_PROVISIONAL")).isEqualTo(false);

        // Audited like every administration change, and shown on /desk/audit.
        List<UserOperationLogEntry> log = historyService.createUserOperationLogQuery()
                .entityType("ConfigurationFigure").list();
        assertThat(log).isNotEmpty().allSatisfy(e -> {
            assertThat(e.getUserId()).isEqualTo("admin");
            assertThat(e.getCategory()).isEqualTo(UserOperationLogEntry.CATEGORY_ADMIN);
            assertThat(e.getOperationType()).isEqualTo(UserOperationLogEntry.OPERATION_TYPE_CREATE);
        });
        assertThat(log).anySatisfy(e -> assertThat(e.getNewValue()).isEqualTo("120.00元/人/月"));
        assertThat(log).anySatisfy(e -> assertThat(e.getNewValue()).isEqualTo("常人口发〔2013〕5号"));
        mvc.perform(get("/desk/audit").with(user("bureau.head")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("配置数据"), containsString("常人口发〔2013〕5号"))));
        mvc.perform(get("/desk/configuration-gaps").with(user("bureau.head")))
                .andExpect(content().string(containsString("目前没有因缺少配置数据而等待的案件")));
    }

    // ------------------------------------------------------------------------------ fee base, end to end

    @Test
    void aMissingTownshipBaseHoldsTheFeeCaseTheAdministratorEntersItThroughTheApiAndTheCaseGoesOn() throws Exception {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey("socialMaintenanceFee",
                new HashMap<>(FeeReports.oneExtraChild()));
        complete(instance, Map.of("registrationDecision", "REGISTER"));
        complete(instance, Map.of("investigationOutcome", "FEE_DUE", "investigator1", "王强", "investigator2", "刘洋",
                "marriageBirthHistory", "双方2008年登记结婚，2009年生育一女，2012年1月生育一子，无生育证",
                "confirmedFatherHukouType", "RURAL", "confirmedMotherHukouType", "URBAN"));
        assertThat(waitingAt(instance)).containsExactly("MessageEvent_IncomeBaseEntered");
        mvc.perform(get("/api/configuration-gaps").with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].figure.description").value("2011年春江镇农村居民人均纯收入"))
                .andExpect(jsonPath("$[0].figure.area").value("320411100"))
                .andExpect(jsonPath("$[0].cases[0].stepName").value("核对征收基数"));

        mvc.perform(apiEntry(Map.of("kind", "INCOME_BASE", "key", "RURAL_NET_INCOME", "year", 2011,
                        "area", "320411100", "amount", 15000, "source", "高新区（新北区）2011年统计公报，春江镇农村居民人均纯收入"))
                        .with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.figure.description").value("2011年春江镇农村居民人均纯收入"))
                .andExpect(jsonPath("$.resumedCases[0]").value(instance.getBusinessKey()));

        runContinuation(instance);
        assertThat(waitingAt(instance)).containsExactly("Task_ChooseMultiple");
        complete(instance, Map.of());
        assertThat(waitingAt(instance)).containsExactly("Task_ServeNotice");
        // father (rural): 4 × 15,000 on the entered township base; mother (urban): 4 × 29,829 from the YAML
        assertThat(runtimeService.getVariable(instance.getId(), "fatherFee")).isEqualTo("60000.00");
        assertThat(runtimeService.getVariable(instance.getId(), "motherFee")).isEqualTo("119316.00");
        assertThat(historyService.createUserOperationLogQuery().entityType("ConfigurationFigure").userId("admin")
                .count()).isPositive();
    }

    // ------------------------------------------------------------------------------------- bad input

    @Test
    void badEntriesAreRefusedAtTheFieldWithA400AndWriteNothing() throws Exception {
        ProcessInstance instance = waitingForThe2013SurgeryRate();
        // no source, negative amount, a year that is not a number
        mvc.perform(deskEntry("ASSISTANCE_RATE", SURGERY_GRADE_2, "二〇一三", null, "-5", " ").with(user("admin")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("年度应为4位数字年份"),
                        containsString("金额不能为负数"), containsString("请填写数据来源"),
                        containsString("data-field=\"year\""), containsString("data-field=\"amount\""),
                        containsString("data-field=\"source\""))));
        // outside the plausible range of a monthly rate (10—2000 元), and a year out of range
        mvc.perform(deskEntry("ASSISTANCE_RATE", SURGERY_GRADE_2, "2013", null, "135000", "常人口发〔2013〕5号")
                        .with(user("admin")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("不在该类数据的合理范围（10—2000）内")));
        mvc.perform(deskEntry("ASSISTANCE_RATE", SURGERY_GRADE_2, "1850", null, "120", "常人口发〔2013〕5号")
                        .with(user("admin")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("年度应在1990至")));
        // the API: a rural base needs a township, and a zero amount is refused
        mvc.perform(apiEntry(Map.of("kind", "INCOME_BASE", "key", "RURAL_NET_INCOME", "year", 2011, "area", "320400",
                        "amount", 0, "source", "常州统计年鉴")).with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[?(@.field == 'area')].message").value(hasItem(containsString("请选择该数据所属的地区"))))
                .andExpect(jsonPath("$.violations[?(@.field == 'amount')].message").value(hasItem(containsString("须大于零"))));
        assertThat(jdbc.queryForObject("select count(*) from configuration_figure", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from configuration_gap where resolved_at is null", Integer.class))
                .isEqualTo(1);
        assertThat(historyService.createUserOperationLogQuery().entityType("ConfigurationFigure").count()).isZero();
        assertThat(waitingAt(instance)).containsExactly("MessageEvent_RateEntered");
    }

    // ---------------------------------------------------------------------------------- authorization

    @Test
    void onlyAdministratorsEnterFiguresClerksGet403AndWriteNothing() throws Exception {
        waitingForThe2013SurgeryRate();
        for (String who : List.of("bureau.clerk", "chunjiang.clerk", "bureau.head", "finance.liaison")) {
            mvc.perform(deskEntry("ASSISTANCE_RATE", SURGERY_GRADE_2, "2013", null, "120", "常人口发〔2013〕5号")
                            .with(user(who)))
                    .andExpect(status().isForbidden());
            mvc.perform(apiEntry(Map.of("kind", "ASSISTANCE_RATE", "key", SURGERY_GRADE_2, "year", 2013,
                            "amount", 120, "source", "常人口发〔2013〕5号")).with(httpBasic(who, PASSWORD)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/desk/configuration-gaps/figure").with(user(who))).andExpect(status().isForbidden());
        }
        for (String who : List.of("bureau.clerk", "chunjiang.clerk", "chunjiang.head", "police.liaison")) {
            mvc.perform(get("/desk/configuration-gaps").with(user(who))).andExpect(status().isForbidden());
            mvc.perform(get("/api/configuration-gaps").with(httpBasic(who, PASSWORD))).andExpect(status().isForbidden());
        }
        assertThat(jdbc.queryForObject("select count(*) from configuration_figure", Integer.class)).isZero();
    }

    @Test
    void anEnteredRateOverridesTheShippedOneAndACorrectionIsLoggedAsAnUpdate() throws Exception {
        mvc.perform(apiEntry(Map.of("kind", "ASSISTANCE_RATE", "key", "RURAL_AWARD", "year", 2012, "amount", 1080,
                        "source", "苏人口发〔2012〕88号")).with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.previous").doesNotExist());
        mvc.perform(apiEntry(Map.of("kind", "ASSISTANCE_RATE", "key", "RURAL_AWARD", "year", 2012, "amount", 1200,
                        "source", "苏人口发〔2012〕88号（更正）")).with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.previous").value(1080.0));
        assertThat(historyService.createUserOperationLogQuery().entityType("ConfigurationFigure")
                .operationType(UserOperationLogEntry.OPERATION_TYPE_UPDATE).property("金额").singleResult().getOrgValue())
                .isEqualTo("1080.00");
        // The payout list of 2012 uses it: an entitlement confirmed in 2012 is registered at the entered amount.
        AssistanceCases.confirmed(AssistanceApplications.ruralAward(), "chunjiang");
        assertThat(jdbc.queryForObject("select amount from assistance_entitlement", BigDecimal.class))
                .isEqualByComparingTo("1200");
    }

    // ------------------------------------------------------------------------------------------ helpers

    /** A 手术并发症 (grade 2) case confirmed on 2013-01-07: no 2013 amount is configured, so it waits. */
    private ProcessInstance waitingForThe2013SurgeryRate() {
        ProcessInstance instance = AssistanceCases.pastPostings(processEngine, AssistanceApplications.surgeryComplication());
        assertThat(taskOf(instance).getTaskDefinitionKey()).isEqualTo("Task_BureauConfirmation");
        CaseTestSupport.clockAt(LocalDate.of(2013, 1, 7));
        complete(instance, Map.of("bureauDecision", "CONFIRM"));
        assertThat(waitingAt(instance)).containsExactly("MessageEvent_RateEntered");
        return instance;
    }

    private MockHttpServletRequestBuilder deskEntry(String kind, String key, String year, String area, String amount,
                                                    String source) {
        MockHttpServletRequestBuilder request = post("/desk/configuration-gaps/figure").with(csrf())
                .param("kind", kind).param("key", key).param("year", year).param("amount", amount).param("source", source);
        return area == null ? request : request.param("area", area);
    }

    private MockHttpServletRequestBuilder apiEntry(Map<String, Object> body) throws Exception {
        return post("/api/configuration-figures").contentType(MediaType.APPLICATION_JSON)
                .content(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body));
    }

    private void runContinuation(ProcessInstance instance) {
        List<Job> jobs = managementService.createJobQuery().processInstanceId(instance.getId()).list();
        assertThat(jobs).hasSize(1);
        managementService.executeJob(jobs.get(0).getId());
    }

    private List<String> waitingAt(ProcessInstance instance) {
        return runtimeService.getActiveActivityIds(instance.getId());
    }

    private Task taskOf(ProcessInstance instance) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    private void complete(ProcessInstance instance, Map<String, Object> variables) {
        taskService.complete(taskOf(instance).getId(), new HashMap<>(variables));
    }
}
