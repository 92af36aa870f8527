package cn.gov.xinbei.pfp.supervision;

import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18 point 2: the escalation scan is engine work. The day's scan starts once whichever node asks; its first job
 * finds the overdue steps and each step is escalated by a job of its own, which any node may run and which adds
 * nothing when run again.
 */
@SpringBootTest
@ActiveProfiles("test")
class EscalationScanProcessTest {

    private static final LocalDate SCAN_DAY = LocalDate.of(2012, 3, 9);

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
    EscalationScans scans;
    @Autowired
    SupervisionService service;
    @Autowired
    SupervisionItems items;

    @AfterEach
    void cleanUp() {
        CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
        List<String> ids = historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(EscalationScans.PROCESS_KEY).list().stream().map(h -> h.getId()).toList();
        if (!ids.isEmpty()) {
            historyService.deleteHistoricProcessInstances(ids);
        }
    }

    @Test
    void theDaysScanEscalatesEveryOverdueStepInAJobOfItsOwn() {
        var cases = new SupervisionTestCases(runtimeService, taskService);
        ProcessInstance first = cases.atAcceptance();   // due 2012-03-08
        ProcessInstance second = cases.atAcceptanceNowOf("320411198506120045");  // due 2012-03-08
        CaseTestSupport.clockAt(LocalDate.of(2012, 3, 6));
        ProcessInstance notYetDue = cases.atAcceptanceNowOf("320411198703150024"); // due 2012-03-13
        CaseTestSupport.clockAt(SCAN_DAY);

        ProcessInstance scan = scans.startScanOf(SCAN_DAY).orElseThrow();
        assertThat(scans.startScanOf(SCAN_DAY)).as("the same day asked again (another node)").isEmpty();
        assertThat(items.all()).as("nothing escalated in the caller's transaction").isEmpty();

        List<Job> bodyJob = managementService.createJobQuery().processInstanceId(scan.getId()).list();
        assertThat(bodyJob).hasSize(1);
        managementService.executeJob(bodyJob.get(0).getId()); // lists the overdue steps
        assertThat(managementService.createJobQuery().processInstanceId(scan.getId()).count())
                .as("one job per overdue step, for any node to run").isEqualTo(2);
        assertThat(items.all()).isEmpty();
        executeJobsOf(scan);
        assertThat(items.all()).extracting(SupervisionItem::overdueTaskId).containsExactlyInAnyOrder(
                cases.task(first).getId(), cases.task(second).getId());
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("caseSupervision").count())
                .isEqualTo(2);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(scan.getId()).count())
                .as("the scan has ended").isZero();
        assertThat(service.escalateStep(cases.task(first).getId())).as("a step's job run again").isFalse();
        assertThat(service.escalateStep(cases.task(notYetDue).getId())).as("not overdue").isFalse();
        assertThat(items.all()).hasSize(2);

        LocalDate nextDay = LocalDate.of(2012, 3, 12);
        CaseTestSupport.clockAt(nextDay);
        ProcessInstance nextScan = scans.startScanOf(nextDay).orElseThrow();
        executeJobsOf(nextScan);
        assertThat(items.all()).as("the next day's scan adds no second item for the same steps").hasSize(2);
    }

    @Test
    void nodesAskingAtTheSameMomentStartOneScan() throws Exception {
        CaseTestSupport.clockAt(SCAN_DAY);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Callable<Optional<ProcessInstance>> ask = () -> scans.startScanOf(SCAN_DAY);
            List<Future<Optional<ProcessInstance>>> answers = nodes.invokeAll(List.of(ask, ask));
            long started = 0;
            for (Future<Optional<ProcessInstance>> answer : answers) {
                started += answer.get().isPresent() ? 1 : 0;
            }
            assertThat(started).isEqualTo(1);
        } finally {
            nodes.shutdownNow();
        }
        assertThat(historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(EscalationScans.PROCESS_KEY).count()).isEqualTo(1);
    }

    private void executeJobsOf(ProcessInstance scan) {
        List<Job> jobs;
        while (!(jobs = managementService.createJobQuery().processInstanceId(scan.getId()).list()).isEmpty()) {
            jobs.forEach(job -> managementService.executeJob(job.getId()));
        }
    }
}
