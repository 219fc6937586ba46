package dev.vetted.deploy.harness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time used by each part of a running stack (the database, the app, the engine, sign-in, the
 * load generator), read from Linux's /proc: on a machine of two cores the parts compete for the
 * same CPUs, and a benchmark's figures mean little without knowing which part used them.
 */
final class ProcessCpu {

    /** Linux reports process times in clock ticks of 1/100 s on every common configuration. */
    private static final double TICKS_PER_SECOND = 100.0;

    private ProcessCpu() {
    }

    /** CPU seconds used so far by each part, including its children that have ended. */
    static Map<String, Double> snapshot() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        for (String part : new String[]{"database", "app", "engine", "sign-in", "load generator", "other"}) seconds.put(part, 0.0);
        long self = ProcessHandle.current().pid();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(p -> {
                try {
                    String stat = Files.readString(p.resolve("stat"), StandardCharsets.US_ASCII);
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    // after the command: state, ppid, ... utime is the 12th field, stime, cutime, cstime follow
                    long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
                    String part = part(p, stat, Long.parseLong(p.getFileName().toString()) == self);
                    seconds.merge(part, ticks / TICKS_PER_SECOND, Double::sum);
                } catch (IOException | RuntimeException e) {
                    // the process ended while it was being read
                }
            });
        } catch (IOException e) {
            return Map.of();
        }
        return seconds;
    }

    /** What each part used per second of the run, from two snapshots. */
    static String share(Map<String, Double> before, Map<String, Double> after, double seconds) {
        StringBuilder line = new StringBuilder();
        after.forEach((part, used) -> {
            double perSecond = (used - before.getOrDefault(part, 0.0)) / seconds;
            if (perSecond >= 0.005) line.append(line.isEmpty() ? "" : ", ").append(String.format("%s %.2f", part, perSecond));
        });
        return line.toString();
    }

    private static String part(Path process, String stat, boolean self) throws IOException {
        if (self) return "load generator";
        if (stat.contains("(postgres)")) return "database";
        String command = new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8);
        // Keycloak is a Quarkus application too, so it is told apart first
        if (command.contains("keycloak")) return "sign-in";
        if (command.contains("quarkus-run.jar")) return "app";
        if (command.contains("StandaloneEngine")) return "engine";
        return "other";
    }
}
