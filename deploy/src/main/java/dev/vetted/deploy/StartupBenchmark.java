package dev.vetted.deploy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * `./vetted bench startup [WARM]`: starts the whole local stack as `./vetted run` does, first with
 * an empty data folder (the database created, Keycloak's tables made and the realm imported: the
 * first start on a machine) and then WARM times (3) on the data it left, and prints how long each
 * took until the desk answered, with the phases the stack reports. Ports are its own (18xxx), so a
 * running desk is not disturbed; the data folder is deleted at the end.
 */
public final class StartupBenchmark {

    /** The line LocalStack prints once everything answers, with its phases. */
    static final Pattern READY = Pattern.compile("\\[vetted] ready: (.*)");

    record Run(String kind, double seconds, String phases) { }

    public static void main(String[] args) throws Exception {
        int warm = args.length > 0 ? parse(args[0]) : 3;
        Path home = Path.of(System.getenv().getOrDefault("VETTED_HOME", ".")).toAbsolutePath().normalize();
        Path data = Files.createTempDirectory("vetted-startup-");
        List<Run> runs = new ArrayList<>();
        try {
            runs.add(start(home, data, "first start (empty data)"));
            for (int i = 1; i <= warm; i++) runs.add(start(home, data, "warm start " + i));
        } finally {
            deleteTree(data);
        }
        System.out.println();
        System.out.printf("%-26s %9s  %s%n", "run", "ready (s)", "phases as the stack reports them");
        for (Run r : runs) System.out.printf("%-26s %9.1f  %s%n", r.kind, r.seconds, r.phases);
        System.out.printf("aims: ready within 60 s on a first start and 20 s warm; the app within 3 s of its database%n");
    }

    private static int parse(String value) {
        try {
            int n = Integer.parseInt(value);
            if (n >= 0 && n <= 20) return n;
        } catch (NumberFormatException ignored) {
            // answered below
        }
        System.err.println("vetted: bench startup takes the number of warm starts, 0 to 20 (got '" + value + "')");
        System.exit(2);
        return 0;
    }

    private static Run start(Path home, Path data, String kind) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), LocalStack.class.getName())
                .directory(home.toFile()).redirectErrorStream(true);
        builder.environment().put("VETTED_HOME", home.toString());
        builder.environment().put("VETTED_DATA", data.toString());
        builder.environment().put("VETTED_HTTP_PORT", "18080");
        builder.environment().put("VETTED_DB_PORT", "18433");
        builder.environment().put("VETTED_KEYCLOAK_PORT", "18180");
        builder.environment().put("VETTED_ZEEBE_EMBEDDED_PORT", "18500");
        System.out.println("--- " + kind);
        long started = System.nanoTime();
        Process stack = builder.start();
        String phases = null;
        double seconds = Double.NaN;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(stack.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("[vetted]")) System.out.println("  " + line);
                Matcher ready = READY.matcher(line);
                if (ready.matches()) {
                    seconds = (System.nanoTime() - started) / 1e9;
                    phases = ready.group(1);
                    break;
                }
            }
            stack.destroy(); // SIGTERM: the stack stops the app, Keycloak and PostgreSQL in order
            if (!stack.waitFor(90, TimeUnit.SECONDS)) stack.destroyForcibly();
        }
        if (phases == null) throw new IllegalStateException("the stack stopped before it was ready (exit " + stack.exitValue() + ")");
        return new Run(kind, seconds, phases);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
