package cn.gov.xinbei.pfp.supervision;

import cn.gov.xinbei.pfp.cluster.ClusterLock;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Starts the day's escalation scan as engine work (process {@code supervisionEscalationScan}, processes/supervision/):
 * its jobs find the overdue steps and escalate each one, on any node, with retries and an incident in Cockpit for a
 * step that keeps failing, so a node dying in the middle leaves the rest to the others. Every node's schedule asks;
 * under the lock {@code escalation-scan} only the first of the day starts one.
 */
@Service
public class EscalationScans {

    public static final String PROCESS_KEY = "supervisionEscalationScan";
    static final String LOCK = "escalation-scan";
    private static final String BUSINESS_KEY_PREFIX = "督办扫描/";
    private static final Logger log = LoggerFactory.getLogger(EscalationScans.class);

    private final ClusterLock lock;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final ManagementService managementService;

    /**
     * A day's scan as operators see it.
     *
     * @param status       NOT_STARTED, RUNNING or FINISHED
     * @param stepsLeft    escalation jobs not yet done (the first job, listing the overdue steps, counts as one)
     * @param failingSteps jobs out of retries, each an incident in Cockpit
     */
    public record ScanOfDay(LocalDate day, String status, String processInstanceId, Instant startedAt,
                            Instant endedAt, long stepsLeft, long failingSteps) {
    }

    public EscalationScans(ClusterLock lock, RuntimeService runtimeService, HistoryService historyService,
                           ManagementService managementService) {
        this.lock = lock;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.managementService = managementService;
    }

    /** Where the day's scan stands, read from the engine (any node answers the same). */
    public ScanOfDay scanOf(LocalDate day) {
        HistoricProcessInstance scan = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(BUSINESS_KEY_PREFIX + day).singleResult();
        if (scan == null) {
            return new ScanOfDay(day, "NOT_STARTED", null, null, null, 0, 0);
        }
        long left = managementService.createJobQuery().processInstanceId(scan.getId()).count();
        long failing = managementService.createJobQuery().processInstanceId(scan.getId()).noRetriesLeft().count();
        return new ScanOfDay(day, scan.getEndTime() == null ? "RUNNING" : "FINISHED", scan.getId(),
                scan.getStartTime().toInstant(), scan.getEndTime() == null ? null : scan.getEndTime().toInstant(), left,
                failing);
    }

    /** @return the scan started for this day, or empty if another node (or an earlier call) started it already */
    public Optional<ProcessInstance> startScanOf(LocalDate day) {
        String businessKey = BUSINESS_KEY_PREFIX + day;
        AtomicReference<ProcessInstance> started = new AtomicReference<>();
        lock.runExclusively(LOCK, () -> {
            long earlier = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                    .processInstanceBusinessKey(businessKey).count();
            if (earlier == 0) {
                started.set(runtimeService.startProcessInstanceByKey(PROCESS_KEY, businessKey,
                        Map.of("scanDay", day.toString())));
            }
        });
        if (started.get() != null) {
            log.info("escalation scan of {} started as process instance {}", day, started.get().getId());
        }
        return Optional.ofNullable(started.get());
    }
}
