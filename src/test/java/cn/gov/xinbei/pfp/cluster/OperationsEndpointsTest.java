package cn.gov.xinbei.pfp.cluster;

import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.supervision.EscalationScans;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18 points 5 and 6: health (database, job executor), readiness and Prometheus metrics with the job backlog on
 * the management port only; the operators' start of the day's escalation scan there; a job lock of one minute; graceful shutdown. The job executor runs in this context (its
 * own in-memory database), as on a production node.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "APP_JOB_EXECUTION=true")
@ActiveProfiles("test")
@AutoConfigureObservability(tracing = false) // tests switch metrics export off unless asked
class OperationsEndpointsTest {

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    EngineClock clock;
    @Value("${server.shutdown}")
    String shutdown;

    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void healthAndReadinessNameTheDatabaseAndTheJobExecutor() throws Exception {
        HttpResponse<String> health = get(managementPort, "/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"db\"").contains("\"jobExecutor\"").contains("\"status\":\"UP\"");
        HttpResponse<String> readiness = get(managementPort, "/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("jobExecutor").contains("db");
        assertThat(get(managementPort, "/actuator/health/liveness").statusCode()).isEqualTo(200);
    }

    @Test
    void prometheusMetricsCarryTheJobBacklogAndCamundasCounters() throws Exception {
        HttpResponse<String> metrics = get(managementPort, "/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("camunda_jobs_executable").contains("camunda_jobs_locked")
                .contains("camunda_jobs_failed").contains("camunda_incidents_open")
                .contains("camunda_engine_metric{application=\"xinbei-pfp-cases\",name=\"job-successful\"}")
                .contains("hikaricp_connections_active");
    }

    @Test
    void theApplicationsPortServesNoneOfThem() throws Exception {
        assertThat(managementPort).isNotEqualTo(port);
        for (String path : new String[]{"/actuator/health", "/actuator/prometheus"}) {
            HttpResponse<String> answer = get(port, path);
            assertThat(answer.statusCode()).as(path).isNotEqualTo(200);
            assertThat(answer.body()).as(path).doesNotContain("camunda_jobs").doesNotContain("\"jobExecutor\"");
        }
    }

    @Test
    void operatorsStartTheDaysEscalationScanOnceAndReadWhereItStands() throws Exception {
        assertThat(post(port, "/actuator/escalationscan").statusCode()).as("not on the application's port")
                .isNotEqualTo(200);
        assertThat(scansOfToday()).isZero();

        HttpResponse<String> started = post(managementPort, "/actuator/escalationscan");
        assertThat(started.statusCode()).isEqualTo(200);
        JsonNode scan = json.readTree(started.body());
        assertThat(scan.get("day").asText()).isEqualTo(clock.today().toString());
        assertThat(scan.get("status").asText()).isIn("RUNNING", "FINISHED");
        String instance = scan.get("processInstanceId").asText();

        JsonNode again = json.readTree(post(managementPort, "/actuator/escalationscan").body());
        assertThat(again.get("processInstanceId").asText()).as("once a day").isEqualTo(instance);
        JsonNode read = json.readTree(get(managementPort, "/actuator/escalationscan").body());
        assertThat(read.get("processInstanceId").asText()).isEqualTo(instance);
        assertThat(read.get("failingSteps").asLong()).isZero();
        assertThat(scansOfToday()).isEqualTo(1);
    }

    private long scansOfToday() {
        return processEngine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(EscalationScans.PROCESS_KEY).processInstanceBusinessKeyLike("%/" + clock.today())
                .count();
    }

    @Test
    void aDeadNodesJobsAreTakenOverWithinAMinuteAndShutdownIsGraceful() {
        var configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        assertThat(configuration.getJobExecutor().getLockTimeInMillis()).isEqualTo(60_000);
        assertThat(configuration.getJobExecutor().isActive()).isTrue();
        assertThat(shutdown).isEqualTo("graceful");
    }

    private HttpResponse<String> post(int onPort, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + onPort + path))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(int onPort, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + onPort + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
