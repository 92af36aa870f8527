package cn.gov.xinbei.pfp.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** The benchmark's report, {@code target/benchmark/report.md}: figures per volume, the ratios, growth and the machine. */
final class BenchmarkReport {

    static final String PROJECT_TOWN = "deadlines, town clerk";
    static final String STOCK_TOWN = "stock Tasklist path, town clerk";

    private record Volume(int openSteps, int engineTasks, int cases, long seedMillis, String load, long rssKib,
                          Map<String, Timings.Summary> timings, Map<String, Long> statements,
                          Map<String, Long> rowsRead) {
    }

    private final String database;
    private final int rounds;
    private final String loadAtStart = loadAverage();
    private final long rssAtStart = rssKib();
    private final List<Volume> volumes = new ArrayList<>();

    BenchmarkReport(String database, int rounds) {
        this.database = database;
        this.rounds = rounds;
    }

    void volume(int openSteps, int engineTasks, long seedMillis, Map<String, Timings.Summary> timings,
                Map<String, Long> statements, Map<String, Long> rowsRead) {
        volumes.add(new Volume(openSteps, engineTasks, openSteps * ProjectRowsSeeder.CASES_PER_OPEN_STEP, seedMillis,
                loadAverage(), rssKib(), new LinkedHashMap<>(timings), new LinkedHashMap<>(statements),
                new LinkedHashMap<>(rowsRead)));
        System.out.println("[benchmark] " + openSteps + " open steps: " + timings);
    }

    void write() throws IOException {
        StringBuilder md = new StringBuilder("# List benchmark\n\n");
        md.append("- when: ").append(Instant.now()).append('\n')
                .append("- machine: ").append(Runtime.getRuntime().availableProcessors()).append(" processors, max heap ")
                .append(Runtime.getRuntime().maxMemory() / (1024 * 1024)).append(" MiB, ")
                .append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.version"))
                .append('\n')
                .append("- database: ").append(database).append('\n')
                .append("- load average (1, 5, 15 min) at start: ").append(loadAtStart).append('\n')
                .append("- resident memory of the JVM (application and client) at start: ").append(rssAtStart / 1024)
                .append(" MiB\n")
                .append("- each call ").append(rounds).append(" times after 5 unmeasured, all calls interleaved;"
                        + " times in ms over HTTP on localhost (p50 / p95)\n\n");
        md.append("| call |");
        volumes.forEach(v -> md.append(' ').append(String.format(Locale.ROOT, "%,d", v.openSteps())).append(" open |"));
        md.append("\n|---|");
        volumes.forEach(v -> md.append("---|"));
        md.append('\n');
        for (String call : volumes.get(0).timings().keySet()) {
            md.append("| ").append(call).append(" |");
            for (Volume v : volumes) {
                Timings.Summary s = v.timings().get(call);
                md.append(String.format(Locale.ROOT, " %.1f / %.1f |", s.p50(), s.p95()));
            }
            md.append('\n');
        }
        md.append("| stock p50 ÷ project p50, town clerk |");
        for (Volume v : volumes) {
            md.append(String.format(Locale.ROOT, " %.1f× |", v.timings().get(STOCK_TOWN).p50()
                    / v.timings().get(PROJECT_TOWN).p50()));
        }
        md.append("\n");
        countsTable(md, "SQL statements of one call (counted at the data source; the same at every volume means no"
                + " query per row)", Volume::statements);
        countsTable(md, "Rows the database read for one call (index entries and table rows, the server's"
                + " Handler_read_* counters; machine-independent: a call read from an index reads about the same at"
                + " every volume)", Volume::rowsRead);
        md.append("\n| volume | cases | ended steps | open engine tasks (stock) | seeding (s) | load average after |"
                + " JVM resident (MiB) |\n|---|---|---|---|---|---|---|\n");
        for (Volume v : volumes) {
            md.append(String.format(Locale.ROOT, "| %,d | %,d | %,d | %,d | %.1f | %s | %d |%n", v.openSteps(),
                    v.cases(), v.openSteps() * ProjectRowsSeeder.ENDED_STEPS_PER_OPEN_STEP, v.engineTasks(),
                    v.seedMillis() / 1000.0, v.load(), v.rssKib() / 1024));
        }
        if (volumes.size() > 1) {
            Volume first = volumes.get(0);
            Volume last = volumes.get(volumes.size() - 1);
            md.append(String.format(Locale.ROOT, "%nGrowth of p50 from %,d to %,d open steps (%.0f× the rows):%n%n",
                    first.openSteps(), last.openSteps(), last.openSteps() / (double) first.openSteps()));
            for (String call : first.timings().keySet()) {
                md.append(String.format(Locale.ROOT, "- %s: %.1f×%n", call,
                        last.timings().get(call).p50() / first.timings().get(call).p50()));
            }
        }
        Path dir = Path.of("target", "benchmark");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("report.md"), md.toString(), StandardCharsets.UTF_8);
        System.out.println(md);
    }

    /** A table of one count per call and volume. */
    private void countsTable(StringBuilder md, String title, Function<Volume, Map<String, Long>> counts) {
        md.append('\n').append(title).append(":\n\n| call |");
        volumes.forEach(v -> md.append(' ').append(String.format(Locale.ROOT, "%,d", v.openSteps())).append(" open |"));
        md.append("\n|---|");
        volumes.forEach(v -> md.append("---|"));
        md.append('\n');
        for (String call : counts.apply(volumes.get(0)).keySet()) {
            md.append("| ").append(call).append(" |");
            volumes.forEach(v -> md.append(String.format(Locale.ROOT, " %,d |", counts.apply(v).get(call))));
            md.append('\n');
        }
    }

    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + ", " + fields[1] + ", " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    static long rssKib() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(0L);
        } catch (IOException e) {
            return 0;
        }
    }
}
