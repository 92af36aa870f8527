package cn.gov.xinbei.pfp.benchmark;

import cn.gov.xinbei.pfp.casefile.StepCounts;
import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not a test of behaviour: the lists and searches clerks and supervisors use, at growing volumes, side by
 * side with stock Camunda's Tasklist path (its task query and the variables of the page's 50 rows) over the same number
 * of open tasks, against a real MariaDB/MySQL on the {@code mysql} profile and over real HTTP. Each volume (system
 * property {@code benchmark.sizes}, open steps, default 1000) brings three cases and ten ended steps per open step;
 * the calls are interleaved (project, stock, project, stock …). Writes {@code target/benchmark/report.md} through
 * {@link BenchmarkReport}. Run it with {@code tools/benchmark.sh} (see README, Performance).
 */
@BenchmarkApplication
class ListBenchmark {

    private static final String PASSWORD = "demo";
    private static final String BUREAU = "bureau.head";
    private static final String TOWN_CLERK = "chunjiang.clerk";
    private static final int PAGE = 50;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    ProcessEngine engine;
    @Autowired
    StatementCounter statements;
    @Autowired
    StepCounts stepCounts;

    private final HttpClient http = HttpClient.newHttpClient();
    /** What one reading of the server's counters reads itself, and how many readings were taken. */
    private long readingCost = -1;
    private long readings;
    private String stockFilter;
    private final ObjectMapper json = new ObjectMapper();

    /** Before only: tools/benchmark.sh gives every run a new database, and removing 100,000 instances takes long. */
    @BeforeEach
    void clean() {
        CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
        repositoryService.createDeploymentQuery().deploymentName("benchmark").list()
                .forEach(d -> repositoryService.deleteDeployment(d.getId(), true, true));
        engine.getFilterService().createFilterQuery().filterName(EngineTaskSeeder.FILTER_NAME).list()
                .forEach(f -> engine.getFilterService().deleteFilter(f.getId()));
    }

    @Test
    void listsAtGrowingVolumesBesideStockCamunda() throws Exception {
        int[] sizes = Arrays.stream(System.getProperty("benchmark.sizes", "1000").split(","))
                .mapToInt(s -> Integer.parseInt(s.strip())).sorted().toArray();
        int rounds = Integer.getInteger("benchmark.rounds", 30);
        BenchmarkReport report = new BenchmarkReport(jdbc.queryForObject("select version()", String.class), rounds);
        // The seeded due dates lie from 20 days before to 40 days after this day: overdue, due soon and on time.
        CaseTestSupport.clockAt(ProjectRowsSeeder.TODAY);
        ProjectRowsSeeder project = new ProjectRowsSeeder(jdbc);
        EngineTaskSeeder stock = new EngineTaskSeeder(jdbc, engine);
        stockFilter = stock.start(TOWN_CLERK);
        DeskSession bureauDesk = new DeskSession(port, BUREAU, PASSWORD);
        DeskSession clerkDesk = new DeskSession(port, TOWN_CLERK, PASSWORD);
        for (int size : sizes) {
            long seedStart = System.nanoTime();
            project.topUp(size);
            // Steps written by SQL, around the application: the desk's counts per due day counted afresh.
            stepCounts.rebuild();
            int openTasks = stock.growTo(size);
            jdbc.execute("analyze table case_file, case_party, case_step, case_step_open_count, ACT_RU_TASK, ACT_RU_IDENTITYLINK,"
                    + " ACT_RU_AUTHORIZATION, ACT_RU_VARIABLE, ACT_RU_EXECUTION");
            long seedMillis = (System.nanoTime() - seedStart) / 1_000_000;

            int someCase = (size / 2) * ProjectRowsSeeder.CASES_PER_OPEN_STEP;
            Timings timings = new Timings()
                    .add("deadlines, bureau", () -> rows(get(BUREAU, "/api/deadlines?size=" + PAGE), PAGE))
                    .add("deadlines, town clerk", () -> rows(get(TOWN_CLERK, "/api/deadlines?size=" + PAGE), PAGE))
                    .add("stock Tasklist path, town clerk", this::stockTasklistPage)
                    .add("ended steps, bureau", () -> rows(get(BUREAU,
                            "/api/deadlines?ended=true&from=2010-01-01&to=2012-12-31&size=" + PAGE), PAGE))
                    .add("case by number, bureau", () -> rows(get(BUREAU, "/api/cases?caseNumber="
                            + ProjectRowsSeeder.caseNumber(someCase)), 1))
                    .add("case by ID number, bureau", () -> rows(get(BUREAU, "/api/cases?idNumber="
                            + ProjectRowsSeeder.idNumber(someCase)), 1))
                    .add("workspace (desk page), bureau", () -> bureauDesk.page("/desk/work", "BM-"))
                    .add("workspace (desk page), town clerk", () -> clerkDesk.page("/desk/work", "BM-"))
                    .add("workspace search by name, bureau", () -> bureauDesk.page("/desk/work?q="
                            + DeskSession.encode(ProjectRowsSeeder.applicantName(someCase)), "BM-"))
                    .add("workspace search by ID number, town clerk", () -> clerkDesk.page("/desk/work?q="
                            + ProjectRowsSeeder.idNumber(someCase / 9 * 9), ProjectRowsSeeder.caseNumber(someCase / 9 * 9)))
                    .add("deadline desk (page with charts), bureau", () -> bureauDesk.page("/desk/deadlines", "BM-"))
                    .add("deadline search by number, town clerk", () -> rows(get(TOWN_CLERK, "/api/deadlines?size="
                            + PAGE + "&q=" + DeskSession.encode(ProjectRowsSeeder.caseNumber(someCase / 9 * 9))), 1));
            report.volume(size, openTasks, seedMillis, timings.run(5, rounds), timings.countEach(statements::count),
                    timings.countEach(this::rowsRead));
        }
        report.write();
    }

    /**
     * Rows the server has read so far (all sessions: the benchmark's database is alone on it while it runs), less what
     * this reading itself reads, so that a call's difference is the call's own.
     */
    private long rowsRead() {
        if (readingCost < 0) {
            long first = handlerReads();
            readingCost = handlerReads() - first;
        }
        readings++;
        return handlerReads() - readingCost * readings;
    }

    private long handlerReads() {
        return jdbc.query("show global status like 'Handler_read%'", (rs, i) -> rs.getLong(2)).stream()
                .mapToLong(Long::longValue).sum();
    }

    /**
     * What the Tasklist asks for a page of a filter: the filter's task list as HAL, the tasks with the variables its
     * cards show embedded.
     */
    private Object stockTasklistPage() throws Exception {
        JsonNode page = send(TOWN_CLERK, HttpRequest.newBuilder(uri("/engine-rest/filter/" + stockFilter
                        + "/list?firstResult=0&maxResults=" + PAGE))
                .header("Content-Type", "application/json").header("Accept", "application/hal+json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]}")));
        JsonNode tasks = page.path("_embedded").path("task");
        assertThat(tasks.size()).as("stock tasks on a page").isEqualTo(PAGE);
        assertThat(tasks.get(0).path("_embedded").path("variable").size()).as("variables of a card: %s", tasks.get(0))
                .isEqualTo(EngineTaskSeeder.CARD_VARIABLES.size());
        return page;
    }

    private static JsonNode rows(JsonNode page, int atLeast) {
        assertThat(page.get("items").size()).as("rows of %s", page).isGreaterThanOrEqualTo(atLeast);
        return page;
    }

    private JsonNode get(String user, String path) throws Exception {
        return send(user, HttpRequest.newBuilder(uri(path)).GET());
    }

    private JsonNode send(String user, HttpRequest.Builder request) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest built = request.header("Authorization", "Basic " + basic).build();
        if (built.headers().firstValue("Accept").isEmpty()) {
            built = HttpRequest.newBuilder(built, (name, value) -> true).header("Accept", "application/json").build();
        }
        HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s: %s", built.uri(), response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

}
