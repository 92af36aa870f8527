package cn.gov.xinbei.pfp.benchmark;

import cn.gov.xinbei.pfp.residentid.ResidentIdNumber;
import cn.gov.xinbei.pfp.secondchild.Applications;
import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not a test of behaviour (issue 17, P1 and P4): registering a second-child application through the
 * application's API beside Camunda's own REST start of the same process with the same 28 variables, and beside a bare
 * one-task process started with them; with 1 and 4 clients, interleaved (project, stock, bare, project …), in
 * requests per second; and the SQL statements of one registration and of one task completion (受理申请 through the
 * engine REST API beside the bare process's task), counted at the data source. Writes
 * {@code target/benchmark/intake.md}. Run it with {@code tools/benchmark-intake.sh} (README, Performance).
 */
@BenchmarkApplication
class IntakeBenchmark {

    private static final String CLERK = "chunjiang.clerk";
    private static final String PASSWORD = "demo";
    private static final String BARE_KEY = "benchmarkBareIntake";
    private static final List<String> PATHS = List.of("project API", "stock REST start", "bare process");
    private static final int[] CLIENTS = {1, 4};

    @LocalServerPort
    int port;
    @Autowired
    StatementCounter statements;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    /** Every registration needs a couple of its own (one open application per woman). */
    private final AtomicInteger couples = new AtomicInteger();

    @AfterEach
    void clean() {
        CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
        repositoryService.createDeploymentQuery().deploymentName("benchmark-intake").list()
                .forEach(d -> repositoryService.deleteDeployment(d.getId(), true, true));
    }

    @Test
    void registrationBesideCamundasRestStartAndABareProcess() throws Exception {
        int requests = Integer.getInteger("benchmark.requests", 40);
        int rounds = Integer.getInteger("benchmark.rounds", 3);
        CaseTestSupport.clockAt(LocalDate.of(2012, 3, 1));
        deployBareProcess();
        String load = BenchmarkReport.loadAverage();
        for (String path : PATHS) {
            for (int i = 0; i < 5; i++) {
                start(path);
            }
        }
        Map<String, Long> registration = new LinkedHashMap<>();
        for (String path : PATHS) {
            registration.put(path, statementsOf(() -> start(path)));
        }
        Map<String, Long> completion = new LinkedHashMap<>();
        String acceptance = taskOf(start(PATHS.get(0)));
        String bareTask = taskOf(start(PATHS.get(2)));
        completion.put("受理申请 (secondChildApproval)", statementsOf(() -> complete(acceptance,
                "{\"variables\":{\"acceptanceDecision\":{\"value\":\"ACCEPT\",\"type\":\"String\"}}}")));
        completion.put("bare task", statementsOf(() -> complete(bareTask, "{}")));

        Map<Integer, Map<String, List<Double>>> rates = new LinkedHashMap<>();
        for (int clients : CLIENTS) {
            Map<String, List<Double>> byPath = new LinkedHashMap<>();
            PATHS.forEach(path -> byPath.put(path, new ArrayList<>()));
            for (int round = 0; round < rounds; round++) {
                for (String path : PATHS) {
                    byPath.get(path).add(perSecond(clients, requests, i -> start(path)));
                }
            }
            rates.put(clients, byPath);
        }
        write(requests, rounds, load, registration, completion, rates);
    }

    // ------------------------------------------------------------------------------------------------- calls

    /** Starts one case (or bare instance) by the given path; returns its process instance id. */
    private String start(String path) {
        Map<String, Object> variables = couple(couples.incrementAndGet());
        try {
            return switch (path) {
                case "project API" -> post("/api/second-child/applications", json.writeValueAsString(variables), 201)
                        .path("processInstanceId").asText(null);
                case "stock REST start" -> post("/engine-rest/process-definition/key/secondChildApproval/start",
                        engineBody(variables), 200).path("id").asText();
                default -> post("/engine-rest/process-definition/key/" + BARE_KEY + "/start", engineBody(variables), 200)
                        .path("id").asText();
            };
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String taskOf(String processInstanceId) {
        return taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId();
    }

    private void complete(String task, String body) {
        post("/engine-rest/task/" + task + "/complete", body, 204);
    }

    /** The application's 28 variables with a couple of their own: valid, distinct ID numbers (15 digits, converted). */
    private static Map<String, Object> couple(int n) {
        Map<String, Object> variables = Applications.onlyChildCouple();
        LocalDate wifeBorn = LocalDate.of(1984, 1, 1).plusDays(n % 360);
        LocalDate husbandBorn = LocalDate.of(1983, 1, 1).plusDays(n % 360);
        int sequence = n / 360 % 500;
        variables.put("wifeIdNumber", id(wifeBorn, sequence * 2));
        variables.put("husbandIdNumber", id(husbandBorn, sequence * 2 + 1));
        return variables;
    }

    private static String id(LocalDate born, int sequence) {
        String first = "320411" + born.toString().replace("-", "").substring(2) + String.format("%03d", sequence);
        return ResidentIdNumber.parse(first, LocalDate.of(2012, 1, 1)).value();
    }

    /** The variables as the engine REST API takes them: typed values. */
    private String engineBody(Map<String, Object> variables) throws IOException {
        Map<String, Object> typed = new LinkedHashMap<>();
        variables.forEach((name, value) -> typed.put(name, Map.of("value", value, "type",
                value instanceof Boolean ? "Boolean" : value instanceof Integer ? "Integer" : "String")));
        return json.writeValueAsString(Map.of("variables", typed));
    }

    private JsonNode post(String path, String body, int expected) {
        String basic = Base64.getEncoder().encodeToString((CLERK + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("%s: %s", path, response.body()).isEqualTo(expected);
            return response.body().isEmpty() ? json.createObjectNode() : json.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------------------------------------- measures

    private long statementsOf(Runnable call) {
        long before = statements.count();
        call.run();
        return statements.count() - before;
    }

    /** {@code requests} calls shared by {@code clients} threads: calls per second over the whole. */
    private static double perSecond(int clients, int requests, IntFunction<Object> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            long start = System.nanoTime();
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                int n = i;
                calls.add(pool.submit(() -> call.apply(n)));
            }
            for (Future<?> f : calls) {
                f.get();
            }
            return requests / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    private void deployBareProcess() {
        repositoryService.createDeployment().name("benchmark-intake").addModelInstance("benchmark-bare-intake.bpmn",
                Bpmn.createExecutableProcess(BARE_KEY).name("基准：单一任务受理").camundaHistoryTimeToLive(180)
                        .startEvent("started").userTask("bareTask").name("受理").camundaCandidateGroups("chunjiang-clerk")
                        .endEvent("ended").done()).deploy();
        // What the application grants a town's clerks on its own processes, for the bare one.
        for (var resource : List.of(Resources.PROCESS_DEFINITION, Resources.PROCESS_INSTANCE)) {
            String id = resource == Resources.PROCESS_DEFINITION ? BARE_KEY : "*";
            if (authorizationService.createAuthorizationQuery().groupIdIn("chunjiang-clerk")
                    .resourceType(resource).resourceId(id).count() == 0) {
                Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                grant.setGroupId("chunjiang-clerk");
                grant.setResource(resource);
                grant.setResourceId(id);
                grant.addPermission(Permissions.ALL);
                authorizationService.saveAuthorization(grant);
            }
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static void write(int requests, int rounds, String load, Map<String, Long> registration,
                              Map<String, Long> completion, Map<Integer, Map<String, List<Double>>> rates)
            throws IOException {
        StringBuilder md = new StringBuilder("# Intake benchmark\n\n")
                .append("- ").append(requests).append(" registrations per path, client count and round; ")
                .append(rounds).append(" rounds, the paths interleaved; median of the rounds\n")
                .append("- load average at start: ").append(load).append("; at end: ")
                .append(BenchmarkReport.loadAverage()).append('\n')
                .append("- resident memory of the JVM at end: ").append(BenchmarkReport.rssKib() / 1024).append(" MB\n\n")
                .append("| clients | path | registrations/s | project ÷ path |\n|---|---|---|---|\n");
        rates.forEach((clients, byPath) -> {
            double project = median(byPath.get(PATHS.get(0)));
            byPath.forEach((path, values) -> md.append(String.format("| %d | %s | %.1f | %.2f |%n", clients, path,
                    median(values), project / median(values))));
        });
        md.append("\n| SQL statements of one registration | count |\n|---|---|\n");
        registration.forEach((path, count) -> md.append("| ").append(path).append(" | ").append(count).append(" |\n"));
        md.append("\n| SQL statements of one task completion (engine REST) | count |\n|---|---|\n");
        completion.forEach((task, count) -> md.append("| ").append(task).append(" | ").append(count).append(" |\n"));
        Path dir = Path.of("target", "benchmark");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("intake.md"), md.toString(), StandardCharsets.UTF_8);
        System.out.println(md);
    }
}
