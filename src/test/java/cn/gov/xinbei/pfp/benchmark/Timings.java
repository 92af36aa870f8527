package cn.gov.xinbei.pfp.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;

/**
 * Runs several measured calls interleaved (a, b, c, a, b, c …), so that whatever else the machine does falls on all of
 * them alike, and keeps each call's times in milliseconds.
 */
final class Timings {

    record Summary(int count, double p50, double p95, double max) {
    }

    private final Map<String, Callable<?>> calls = new LinkedHashMap<>();
    private final Map<String, List<Double>> millis = new LinkedHashMap<>();

    Timings add(String name, Callable<?> call) {
        calls.put(name, call);
        millis.put(name, new ArrayList<>());
        return this;
    }

    /** Calls each {@code warmUp} times unmeasured, then {@code rounds} times measured, interleaved. */
    Map<String, Summary> run(int warmUp, int rounds) throws Exception {
        for (int round = 0; round < warmUp + rounds; round++) {
            for (Map.Entry<String, Callable<?>> call : calls.entrySet()) {
                long start = System.nanoTime();
                call.getValue().call();
                double elapsed = (System.nanoTime() - start) / 1e6;
                if (round >= warmUp) {
                    millis.get(call.getKey()).add(elapsed);
                }
            }
        }
        Map<String, Summary> summaries = new LinkedHashMap<>();
        millis.forEach((name, times) -> summaries.put(name, summarize(times)));
        return summaries;
    }

    /** Calls each once more and tells how much {@code counter} grew during the call. */
    Map<String, Long> countEach(LongSupplier counter) throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Map.Entry<String, Callable<?>> call : calls.entrySet()) {
            long before = counter.getAsLong();
            call.getValue().call();
            counts.put(call.getKey(), counter.getAsLong() - before);
        }
        return counts;
    }

    static Summary summarize(List<Double> times) {
        List<Double> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        return new Summary(sorted.size(), percentile(sorted, 50), percentile(sorted, 95), sorted.get(sorted.size() - 1));
    }

    /** Nearest-rank percentile. */
    private static double percentile(List<Double> sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
