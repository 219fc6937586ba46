package dev.vetted.deploy.harness;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Latencies per kind of request over one reporting window, with the errors among them. */
final class Latencies {

    private final Map<String, List<Long>> micros = new TreeMap<>();
    private final Map<String, Integer> errors = new TreeMap<>();

    synchronized void record(String kind, long nanos, boolean ok) {
        micros.computeIfAbsent(kind, k -> new ArrayList<>()).add(nanos / 1000);
        if (!ok) errors.merge(kind, 1, Integer::sum);
    }

    /** One line per kind: count, errors, p50/p90/p99/max in milliseconds; then the window starts over. */
    synchronized List<String> report() {
        List<String> lines = new ArrayList<>();
        micros.forEach((kind, values) -> {
            long[] v = values.stream().mapToLong(Long::longValue).sorted().toArray();
            lines.add(String.format("  %-16s %6d req %4d err  p50 %7.1f  p90 %7.1f  p99 %7.1f  max %7.1f ms", kind, v.length,
                    errors.getOrDefault(kind, 0), at(v, 0.50), at(v, 0.90), at(v, 0.99), v[v.length - 1] / 1000.0));
        });
        micros.clear();
        errors.clear();
        return lines;
    }

    synchronized int errorCount() {
        return errors.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static double at(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1000.0;
    }
}
