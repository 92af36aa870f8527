package cn.gov.xinbei.pfp.assistance.process;

import cn.gov.xinbei.pfp.assistance.AssistanceReverification;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

/**
 * Issue 18 point 2: the annual re-verification is engine work (process assistanceReverificationRun, one job per
 * batch): a run interrupted half-way (a batch that failed, its job left for another node) resumes and ends with
 * exactly one task per beneficiary, a run is never stuck RUNNING without a runner, and two starts at once make one run.
 */
@SpringBootTest(properties = "app.assistance-process.reverification-batch-size=3")
@ActiveProfiles("test")
class AssistanceReverificationRunTest {

    private static final int YEAR = 2012;
    private static final int BENEFICIARIES = 7;

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
    AssistanceReverification reverification;

    private final List<String> entitlementIds = new ArrayList<>();

    @BeforeEach
    void setUp() {
        init(processEngine);
        seed();
        CaseTestSupport.clockAt(LocalDate.of(YEAR, 11, 5));
    }

    @AfterEach
    void cleanUp() {
        runtimeService.createProcessInstanceQuery().processDefinitionKey("assistanceReverificationRun").list()
                .forEach(run -> runtimeService.deleteProcessInstance(run.getId(), "test cleanup"));
        CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
    }

    @Test
    void eachBatchIsAJobAndTheRunEndsWithOneTaskPerBeneficiary() {
        AssistanceReverification.Progress opened = reverification.begin(YEAR, "bureau.clerk");
        assertThat(opened).isEqualTo(new AssistanceReverification.Progress(YEAR, BENEFICIARIES, 0, "RUNNING", null));
        ProcessInstance run = run();
        assertThat(run).isWaitingAt("Task_StartNextBatch");
        assertThat(managementService.createJobQuery().processInstanceId(run.getId()).count()).isEqualTo(1);

        managementService.executeJob(batchJob().getId());
        assertThat(reverification.progress(YEAR).orElseThrow().started()).isEqualTo(3);
        assertThat(reverification.progress(YEAR).orElseThrow().status()).isEqualTo("RUNNING");
        assertThat(run).isWaitingAt("Task_StartNextBatch");

        assertThat(reverification.runBatches(YEAR))
                .isEqualTo(new AssistanceReverification.Progress(YEAR, BENEFICIARIES, BENEFICIARIES, "FINISHED", null));
        assertThat(run).hasPassed("Task_StartNextBatch", "Task_FinishRun", "EndEvent_RunFinished").isEnded();
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(run.getId())
                .activityId("Task_StartNextBatch").count()).isEqualTo(4); // 3 + 3 + 1, then the empty one
        assertExactlyOneTaskPerBeneficiary();
    }

    @Test
    void aRunInterruptedMidwayResumesAndEndsWithExactlyOneTaskPerBeneficiary() {
        long runsBefore = historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey("assistanceReverificationRun").count();
        reverification.begin(YEAR, "bureau.clerk");
        managementService.executeJob(batchJob().getId());
        // The second batch fails half-way (a beneficiary's row the batch cannot read): nothing of it is kept.
        jdbc.update("update assistance_entitlement set scheme = 'UNREADABLE' where id = ?", entitlementIds.get(4));
        // Every retry fails too (R5/PT1M in the model; each retry done at once here): the job becomes an incident.
        for (int attempt = 0; attempt < 6 && batchJob().getRetries() > 0; attempt++) {
            String job = batchJob().getId();
            assertThatThrownBy(() -> managementService.executeJob(job)).isNotNull();
        }

        assertThat(taskService.createTaskQuery().processDefinitionKey("assistanceReverification").count()).isEqualTo(3);
        assertThat(runtimeService.createIncidentQuery().processInstanceId(run().getId()).count()).isEqualTo(1);
        AssistanceReverification.Progress failed = reverification.progress(YEAR).orElseThrow();
        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.started()).isEqualTo(3);
        assertThat(failed.failure()).contains("重新启动").doesNotContain("Exception");

        jdbc.update("update assistance_entitlement set scheme = 'RURAL_AWARD' where id = ?", entitlementIds.get(4));
        assertThat(reverification.begin(YEAR, "bureau.clerk").status()).isEqualTo("RUNNING");
        assertThat(reverification.runBatches(YEAR).status()).isEqualTo("FINISHED");

        assertExactlyOneTaskPerBeneficiary();
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("assistanceReverificationRun")
                .count()).as("one runner").isEqualTo(runsBefore + 1);
    }

    @Test
    void aRunLeftRunningByAnEarlierVersionIsFailedAndResumesAsEngineWork() {
        jdbc.update("insert into assistance_reverification_run (verification_year, total, started, status,"
                + " started_by, started_at) values (?, 7, 0, 'RUNNING', 'bureau.clerk', CURRENT_TIMESTAMP)", YEAR);
        assertThat(reverification.progress(YEAR).orElseThrow().status()).isEqualTo("FAILED");

        reverification.begin(YEAR, "bureau.clerk");
        assertThat(reverification.runBatches(YEAR).status()).isEqualTo("FINISHED");
        assertExactlyOneTaskPerBeneficiary();
    }

    @Test
    void twoStartsAtTheSameMomentMakeOneRunAndTheOtherIsRefusedInChinese() throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Object> outcomes = new ArrayList<>();
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                futures.add(threads.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    try {
                        return reverification.begin(YEAR, "bureau.clerk");
                    } catch (RuntimeException refused) {
                        return refused;
                    }
                }));
            }
            for (Future<Object> future : futures) {
                outcomes.add(future.get(60, TimeUnit.SECONDS));
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(outcomes).filteredOn(AssistanceReverification.Progress.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(InvalidInputException.class::isInstance).singleElement()
                .extracting(refusal -> ((InvalidInputException) refusal).getMessage()).asString().contains("不能重复启动");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("assistanceReverificationRun")
                .count()).isEqualTo(1);
        assertThat(reverification.runBatches(YEAR).status()).isEqualTo("FINISHED");
        assertExactlyOneTaskPerBeneficiary();
    }

    private ProcessInstance run() {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey("assistanceReverificationRun")
                .singleResult();
    }

    private Job batchJob() {
        return managementService.createJobQuery().processInstanceId(run().getId()).singleResult();
    }

    private void assertExactlyOneTaskPerBeneficiary() {
        assertThat(taskService.createTaskQuery().processDefinitionKey("assistanceReverification").count())
                .isEqualTo(BENEFICIARIES);
        assertThat(jdbc.queryForObject("select count(distinct entitlement_id) from assistance_reverification_item"
                + " where verification_year = ?", Integer.class, YEAR)).isEqualTo(BENEFICIARIES);
        assertThat(jdbc.queryForObject("select count(*) from assistance_reverification_item where verification_year = ?",
                Integer.class, YEAR)).isEqualTo(BENEFICIARIES);
    }

    /** Closed 奖扶 cases of 2011, each with an ACTIVE entitlement since 2011-06-01, in ascending id order. */
    private void seed() {
        Timestamp now = Timestamp.from(Instant.parse("2011-06-01T01:00:00Z"));
        for (int i = 0; i < BENEFICIARIES; i++) {
            String caseId = UUID.randomUUID().toString();
            String idNumber = String.format("32041119500101%03d%s", i, "X").substring(0, 18);
            jdbc.update("insert into case_file (id, case_number, case_kind, town_slug, status, title, applied_on,"
                    + " closed_on, outcome, created_at, created_by, updated_at, version) values (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    caseId, String.format("AE-2011-%05d", i + 1), "ASSISTANCE", "chunjiang", "CLOSED", "受益人" + i
                            + " 奖扶资格确认", Date.valueOf("2011-03-01"), Date.valueOf("2011-06-01"), "CONFIRMED", now,
                    "test", now, 0);
            String id = String.format("%08d-0000-0000-0000-000000000000", i);
            entitlementIds.add(id);
            jdbc.update("insert into assistance_entitlement (id, case_id, id_number, id_number_masked, full_name, scheme,"
                    + " from_date, amount, rate_unit, rate_year, rate_provisional, town_slug, status, active_key,"
                    + " created_at) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", id, caseId, idNumber,
                    idNumber.substring(0, 6) + "********" + idNumber.substring(14), "受益人" + i, "RURAL_AWARD",
                    Date.valueOf("2011-06-01"), new java.math.BigDecimal("960.00"), "PER_PERSON_PER_YEAR", 2011, true,
                    "chunjiang", "ACTIVE", idNumber + "|RURAL_AWARD", now);
        }
    }
}
