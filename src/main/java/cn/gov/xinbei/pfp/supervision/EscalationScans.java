package cn.gov.xinbei.pfp.supervision;

import cn.gov.xinbei.pfp.cluster.ClusterLock;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

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

    public EscalationScans(ClusterLock lock, RuntimeService runtimeService, HistoryService historyService) {
        this.lock = lock;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
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
