package cn.gov.xinbei.pfp.assistance.benchmark;

import cn.gov.xinbei.pfp.assistance.AssistanceReverification;
import cn.gov.xinbei.pfp.assistance.AssistancePayouts;
import cn.gov.xinbei.pfp.assistance.AssistanceProcessProperties;
import cn.gov.xinbei.pfp.assistance.AssistanceTransfers;
import cn.gov.xinbei.pfp.assistance.PayoutWorkbook;
import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not a unit test: the annual re-verification of N current beneficiaries (default 3,000; system property
 * {@code benchmark.beneficiaries}) against a real MariaDB/MySQL server on the {@code mysql} profile. The beneficiaries
 * are seeded directly into case_file and assistance_entitlement (a confirmation through the whole process per person
 * would measure something else); then {@link AssistanceReverification#begin} and {@link AssistanceReverification#runBatches}
 * run as the API runs them. Wall time and heap are written to {@code target/benchmark/assistance-reverification.txt}.
 * <p>
 * Not part of the normal suite: the class name matches none of Surefire's include patterns and it is tagged
 * {@code benchmark}. Run it with {@code tools/benchmark-reverification.sh} (creates the database and user), see README.
 */
@Tag("benchmark")
@SpringBootTest(properties = {"APP_JOB_EXECUTION=false", "APP_ADMIN_USER=bench.admin",
        "APP_ADMIN_PASSWORD=bench-admin-password-0123"})
@ActiveProfiles("mysql")
class AssistanceReverificationBenchmark {

    private static final String[] TOWNS = {"chunjiang", "menghe", "xinqiao", "xuejia", "luoxi", "xixiashu", "hehai",
            "sanjing", "longhutang"};
    private static final int YEAR = 2012;
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AssistanceReverification reverification;
    @Autowired
    AssistanceProcessProperties properties;
    @Autowired
    AssistancePayouts payouts;
    @Autowired
    AssistanceTransfers transfers;

    @BeforeEach
    void setUp() {
        CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
    }

    // No clean-up afterwards: the database is the benchmark's own and tools/benchmark-database.sh drops it at the next
    // start; deleting 100,000 instances through the engine would take longer than the run itself.

    @Test
    void reverificationOfSeveralThousandBeneficiaries() throws Exception {
        int beneficiaries = Integer.getInteger("benchmark.beneficiaries", 3000);
        long seedStart = System.nanoTime();
        seed(beneficiaries);
        long seedMillis = (System.nanoTime() - seedStart) / 1_000_000;
        CaseTestSupport.clockAt(LocalDate.of(YEAR, 11, 5));

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        HeapPeak heap = HeapPeak.start();
        long heapBefore = memory.getHeapMemoryUsage().getUsed();

        long questionsBefore = serverStatus("Questions");
        long commitsBefore = serverStatus("Com_commit");
        long start = System.nanoTime();
        AssistanceReverification.Progress opened = reverification.begin(YEAR, "bureau.clerk");
        long beginMillis = (System.nanoTime() - start) / 1_000_000;
        AssistanceReverification.Progress done = reverification.runBatches(YEAR);
        long totalMillis = (System.nanoTime() - start) / 1_000_000;
        long statements = serverStatus("Questions") - questionsBefore;
        long commits = serverStatus("Com_commit") - commitsBefore;
        long peak = heap.stop();
        System.gc();
        long heapAfter = memory.getHeapMemoryUsage().getUsed();

        assertThat(opened.total()).isEqualTo(beneficiaries);
        assertThat(done.status()).isEqualTo("FINISHED");
        assertThat(done.started()).isEqualTo(beneficiaries);
        long tasks = taskService.createTaskQuery().processDefinitionKey("assistanceReverification").count();
        assertThat(tasks).isEqualTo(beneficiaries);
        assertThat(taskService.createTaskQuery().processDefinitionKey("assistanceReverification")
                .taskCandidateGroup("menghe-clerk").count()).isEqualTo(countIn("menghe", beneficiaries));

        String version = jdbc.queryForObject("select version()", String.class);
        StringBuilder report = new StringBuilder()
                .append("Annual re-verification benchmark (AssistanceReverificationBenchmark)\n")
                .append("when:                 ").append(Instant.now()).append('\n')
                .append("database:             ").append(version).append('\n')
                .append("beneficiaries:        ").append(beneficiaries).append('\n')
                .append("batch size:           ").append(properties.reverificationBatchSize()).append('\n')
                .append("processors:           ").append(Runtime.getRuntime().availableProcessors()).append('\n')
                .append("max heap (MiB):       ").append(Runtime.getRuntime().maxMemory() / (1024 * 1024)).append('\n')
                .append("seeding (ms):         ").append(seedMillis).append('\n')
                .append("begin (ms):           ").append(beginMillis).append('\n')
                .append("begin + batches (ms): ").append(totalMillis).append('\n')
                .append("per beneficiary (ms): ").append(String.format("%.2f", totalMillis / (double) beneficiaries)).append('\n')
                .append("statements (server):  ").append(statements).append(" (")
                .append(String.format("%.1f", statements / (double) beneficiaries)).append(" per beneficiary;"
                        + " the server's Questions counter, so other clients' statements count too)\n")
                .append("commits (server):     ").append(commits).append('\n')
                .append("load average (1 min): ").append(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage())
                .append('\n')
                .append("heap before (MiB):    ").append(heapBefore / (1024 * 1024)).append('\n')
                .append("heap peak (MiB):      ").append(peak / (1024 * 1024)).append('\n')
                .append("heap after GC (MiB):  ").append(heapAfter / (1024 * 1024)).append('\n')
                .append("tasks created:        ").append(tasks).append('\n');
        write("assistance-reverification.txt", report.toString());
    }

    /**
     * The year's payout list of all N beneficiaries as finance takes it (the list with its totals, the workbook with
     * full account numbers) and the transfer of the whole list (one payment row each), with time and heap.
     */
    @Test
    void payoutListWorkbookAndTransferOfSeveralThousandBeneficiaries() throws Exception {
        int beneficiaries = Integer.getInteger("benchmark.beneficiaries", 3000);
        seed(beneficiaries);
        CaseTestSupport.clockAt(LocalDate.of(YEAR, 11, 5));
        HeapPeak heap = HeapPeak.start();

        long start = System.nanoTime();
        AssistancePayouts.PayoutList list = payouts.list(YEAR, null, null, null, null, true);
        long listMillis = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        byte[] workbook = PayoutWorkbook.write(list);
        long workbookMillis = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        AssistanceTransfers.Transfer transfer = transfers.record(YEAR, null, null, null, null, "BENCH-" + YEAR,
                LocalDate.of(YEAR, 11, 5), list.total(), "finance.liaison");
        long transferMillis = (System.nanoTime() - start) / 1_000_000;
        long peak = heap.stop();

        assertThat(list.persons()).isEqualTo(beneficiaries);
        assertThat(transfer.persons()).isEqualTo(beneficiaries);
        assertThat(jdbc.queryForObject("select count(*) from assistance_payment where pay_year = ?", Integer.class, YEAR))
                .isEqualTo(beneficiaries);
        String report = "Payout list and transfer benchmark (AssistanceReverificationBenchmark)\n"
                + "when:                 " + Instant.now() + '\n'
                + "database:             " + jdbc.queryForObject("select version()", String.class) + '\n'
                + "beneficiaries:        " + beneficiaries + '\n'
                + "list and totals (ms): " + listMillis + '\n'
                + "workbook (ms):        " + workbookMillis + " (" + workbook.length / 1024 + " KiB)\n"
                + "transfer (ms):        " + transferMillis + '\n'
                + "load average (1 min): " + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() + '\n'
                + "heap peak (MiB):      " + peak / (1024 * 1024) + '\n';
        write("assistance-payouts.txt", report);
    }

    /** The largest heap in use while it runs, sampled every 20 ms. */
    private static final class HeapPeak {
        private final AtomicLong peak = new AtomicLong();
        private final Thread sampler;

        private HeapPeak() {
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            sampler.setDaemon(true);
        }

        static HeapPeak start() {
            System.gc();
            HeapPeak heap = new HeapPeak();
            heap.sampler.start();
            return heap;
        }

        long stop() throws InterruptedException {
            sampler.interrupt();
            sampler.join();
            return peak.get();
        }
    }

    private long serverStatus(String name) {
        return jdbc.query("show global status like '" + name + "'", rs -> rs.next() ? rs.getLong(2) : -1L);
    }

    private static long countIn(String town, int beneficiaries) {
        int index = List.of(TOWNS).indexOf(town);
        long count = 0;
        for (int i = 0; i < beneficiaries; i++) {
            if (i % TOWNS.length == index) {
                count++;
            }
        }
        return count;
    }

    /** N closed 奖扶 cases of 2011, each with an ACTIVE entitlement since 2011-06-01, spread over the nine towns. */
    private void seed(int beneficiaries) {
        Timestamp now = Timestamp.from(Instant.parse("2011-06-01T01:00:00Z"));
        List<Object[]> cases = new ArrayList<>();
        List<Object[]> entitlements = new ArrayList<>();
        for (int i = 0; i < beneficiaries; i++) {
            String caseId = UUID.randomUUID().toString();
            String caseNumber = String.format("AE-2011-%05d", i + 1);
            String town = TOWNS[i % TOWNS.length];
            String idNumber = idNumber(i);
            String name = "受益人" + (i + 1);
            cases.add(new Object[] {caseId, caseNumber, "ASSISTANCE", town, "CLOSED", name + " 奖扶资格确认",
                    Date.valueOf("2011-03-01"), Date.valueOf("2011-06-01"), "CONFIRMED", now, "bench", now, 0});
            entitlements.add(new Object[] {UUID.randomUUID().toString(), caseId, idNumber,
                    idNumber.substring(0, 6) + "********" + idNumber.substring(14), name, "RURAL_AWARD",
                    Date.valueOf("2011-06-01"), new java.math.BigDecimal("960.00"), "PER_PERSON_PER_YEAR", 2011, true,
                    town, "ACTIVE", idNumber + "|RURAL_AWARD", now, "JNRCB", String.format("6228%015d", i)});
        }
        insertRows("insert into case_file (id, case_number, case_kind, town_slug, status, title, applied_on,"
                + " closed_on, outcome, created_at, created_by, updated_at, version) values ", 13, cases);
        insertRows("insert into assistance_entitlement (id, case_id, id_number, id_number_masked, full_name, scheme,"
                + " from_date, amount, rate_unit, rate_year, rate_provisional, town_slug, status, active_key, created_at,"
                + " agent_bank, bank_account) values ", 17, entitlements);
    }

    /** Multi-row inserts of 500 rows each (Connector/J sends a JDBC batch row by row unless told to rewrite it). */
    private void insertRows(String insert, int columns, List<Object[]> rows) {
        String tuple = "(" + String.join(",", java.util.Collections.nCopies(columns, "?")) + ")";
        for (int from = 0; from < rows.size(); from += 500) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + 500));
            String sql = insert + String.join(",", java.util.Collections.nCopies(chunk.size(), tuple));
            jdbc.update(sql, chunk.stream().flatMap(java.util.Arrays::stream).toArray());
        }
    }

    /** A valid 18-digit number (GB 11643 check digit) of a person born in 1945-1952, distinct per i. */
    static String idNumber(int i) {
        LocalDate birth = LocalDate.of(1945, 1, 1).plusDays(i % 2900);
        String body = "320411" + birth.toString().replace("-", "") + String.format("%03d", i / 2900 + 1);
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            sum += (body.charAt(k) - '0') * WEIGHTS[k];
        }
        return body + CHECK[sum % 11];
    }

    private static void write(String file, String report) throws IOException {
        Path dir = Path.of("target", "benchmark");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(file), report, StandardCharsets.UTF_8);
        System.out.println(report);
    }
}
