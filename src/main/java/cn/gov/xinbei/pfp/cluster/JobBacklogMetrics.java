package cn.gov.xinbei.pfp.cluster;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.Metrics;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.function.Supplier;

/**
 * The job executor's backlog and Camunda's own counters as Micrometer metrics (Prometheus at /actuator/prometheus on
 * the management port): jobs due and waiting, jobs locked by some node, jobs out of retries, open incidents, and the
 * engine's job and activity counters. Read from the database at each scrape, so every node reports the cluster's
 * backlog (the same figure on every node).
 */
@Component
public class JobBacklogMetrics implements MeterBinder {

    /** Camunda's metrics (ACT_RU_METER_LOG, reported by every node) exposed as {@code camunda.engine.metric}. */
    static final List<String> ENGINE_METRICS = List.of(Metrics.JOB_SUCCESSFUL, Metrics.JOB_FAILED,
            Metrics.JOB_ACQUISITION_ATTEMPT, Metrics.JOB_ACQUIRED_SUCCESS, Metrics.JOB_ACQUIRED_FAILURE,
            Metrics.JOB_LOCKED_EXCLUSIVE, Metrics.JOB_EXECUTION_REJECTED, Metrics.ACTIVTY_INSTANCE_START,
            Metrics.ROOT_PROCESS_INSTANCE_START);

    private final ManagementService managementService;
    private final RuntimeService runtimeService;
    private final JdbcTemplate jdbc;

    public JobBacklogMetrics(ManagementService managementService, RuntimeService runtimeService, JdbcTemplate jdbc) {
        this.managementService = managementService;
        this.runtimeService = runtimeService;
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(registry, "camunda.jobs.executable", "Jobs due now and not locked by any node: the job executors' backlog",
                () -> managementService.createJobQuery().executable().count());
        gauge(registry, "camunda.jobs.locked", "Jobs locked by a node (taken, being executed or waiting in its queue)",
                () -> jdbc.queryForObject("select count(*) from ACT_RU_JOB where LOCK_EXP_TIME_ is not null", Long.class));
        gauge(registry, "camunda.jobs.failed", "Jobs without retries left (each one an incident in Cockpit)",
                () -> managementService.createJobQuery().noRetriesLeft().count());
        gauge(registry, "camunda.incidents.open", "Open incidents", () -> runtimeService.createIncidentQuery().count());
        for (String name : ENGINE_METRICS) {
            Gauge.builder("camunda.engine.metric", () -> managementService.createMetricsQuery().name(name).sum())
                    .description("Camunda's own metric (sum over all nodes' reports)").tag("name", name)
                    .register(registry);
        }
    }

    private static void gauge(MeterRegistry registry, String name, String description, Supplier<Number> value) {
        Gauge.builder(name, value).description(description).register(registry);
    }
}
