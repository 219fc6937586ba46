package dev.vetted.deploy;

import dev.vetted.deploy.harness.DeskClient;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The standalone set-up the chaos run kills processes of: PostgreSQL and Keycloak (left alone),
 * the engine as a process of its own and one app, each restartable after a SIGKILL on the same
 * port and data. Logs go to the work folder.
 */
public final class ChaosStack implements AutoCloseable {

    private final Path home;
    private final Path work;
    private EmbeddedDatabase database;
    private KeycloakServer keycloak;
    private Connection connection;
    private final boolean quickStart;
    private volatile Process engine;
    private volatile Process app;
    private int enginePort;
    private int appPort;
    private DeskClient desk;

    private ChaosStack(Path home, Path work, boolean quickStart) {
        this.home = home;
        this.work = work;
        this.quickStart = quickStart;
    }

    /** A stack whose app restarts quickly (the first JIT tier only), for runs that kill it. */
    public static ChaosStack start(Path home, Path work) throws Exception {
        return start(home, work, true);
    }

    /**
     * quickStart false runs the app with both JIT tiers, as in production: what a benchmark of its
     * speed must measure (the first tier alone costs a third of the desk's throughput).
     */
    public static ChaosStack start(Path home, Path work, boolean quickStart) throws Exception {
        if (!Files.isRegularFile(home.resolve("web/target/quarkus-app/quarkus-run.jar"))) {
            throw new IllegalStateException("the application is not built; run ./vetted chaos from the repository root");
        }
        ChaosStack stack = new ChaosStack(home, work, quickStart);
        try {
            stack.startAll();
            return stack;
        } catch (Exception e) {
            stack.close();
            throw e;
        }
    }

    private void startAll() throws Exception {
        if (Files.exists(work)) {
            try (Stream<Path> old = Files.walk(work)) {
                old.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(work);
        database = EmbeddedDatabase.start(work.resolve("postgres"), freePort());
        database.createDatabaseIfMissing("keycloak");
        connection = database.connect();
        keycloak = KeycloakServer.start(home, work.resolve("keycloak.log"), freePort(), database.jdbcUrl("keycloak"), database.username(), "postgres");
        enginePort = freePort();
        appPort = freePort();
        desk = new DeskClient("http://localhost:" + appPort, keycloak.realmUrl());
        startEngine();
        startApp();
        awaitAppReady();
    }

    public DeskClient desk() {
        return desk;
    }

    public Connection database() {
        return connection;
    }

    public Path work() {
        return work;
    }

    /** SIGKILL, then the same app again on the same port, ready before this returns. */
    public void killAndRestartApp() throws Exception {
        app.destroyForcibly().waitFor();
        startApp();
        awaitAppReady();
    }

    /** SIGKILL, then the engine again on its state in the database, listening before this returns. */
    public void killAndRestartEngine() throws Exception {
        engine.destroyForcibly().waitFor();
        startEngine();
    }

    public long appPid() {
        return app.pid();
    }

    /** The app's heap in use after a full collection, as jcmd reports it (what a soak run watches grow or not). */
    public String appHeap() {
        try {
            Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
            Process gc = new ProcessBuilder(jcmd.toString(), String.valueOf(app.pid()), "GC.run").redirectErrorStream(true).start();
            gc.getInputStream().readAllBytes();
            gc.waitFor(30, TimeUnit.SECONDS);
            Process info = new ProcessBuilder(jcmd.toString(), String.valueOf(app.pid()), "GC.heap_info").redirectErrorStream(true).start();
            String text = new String(info.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            info.waitFor(30, TimeUnit.SECONDS);
            // "total 262144K, used 53248K" (JDK 21) or "total reserved ..K, committed 139264K, used 90760K" (JDK 25)
            java.util.regex.Matcher used = java.util.regex.Pattern.compile("(?:committed|total) (\\d+)K, used (\\d+)K").matcher(text);
            return used.find() ? (Long.parseLong(used.group(2)) / 1024) + " MB used of " + (Long.parseLong(used.group(1)) / 1024) + " MB" : "unknown";
        } catch (Exception e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    /** Polls readiness (the killer may be restarting the app meanwhile) for at most three minutes. */
    public void awaitAppReady() {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (!desk.ready()) {
            if (Instant.now().isAfter(deadline)) throw new IllegalStateException("the app did not become ready; see " + work.resolve("app.log"));
            java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
        }
    }

    private void startApp() throws IOException {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(appPort));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl());
        env.put("QUARKUS_DATASOURCE_USERNAME", database.username());
        env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", keycloak.realmUrl());
        env.put("VETTED_ZEEBE_EMBEDDED", "false");
        env.put("VETTED_ZEEBE_GATEWAY_ADDRESS", "http://127.0.0.1:" + enginePort);
        env.put("VETTED_AUDIT_KEY_FILE", work.resolve("audit-signing-key").toString());
        // short, so that work a killed process held comes back within the run
        env.put("VETTED_WORKERS_JOB_TIMEOUT", "PT5S");
        env.put("VETTED_OUTBOX_LEASE", "PT3S");
        List<String> command = new ArrayList<>(List.of(java()));
        if (quickStart) command.add("-XX:TieredStopAtLevel=1");
        command.addAll(List.of("-jar", home.resolve("web/target/quarkus-app/quarkus-run.jar").toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("app.log").toFile()));
        builder.environment().putAll(env);
        app = builder.start();
    }

    private void startEngine() throws Exception {
        Path log = work.resolve("engine.log");
        long before = Files.exists(log) ? Files.size(log) : 0;
        ProcessBuilder builder = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"),
                "dev.vetted.workflow.engine.gateway.StandaloneEngine").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("VETTED_ENGINE_JDBC_URL", database.jdbcUrl());
        builder.environment().put("VETTED_ENGINE_PORT", String.valueOf(enginePort));
        engine = builder.start();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (!Files.readString(log).substring((int) before).contains("listening on 127.0.0.1:" + enginePort)) {
            if (!engine.isAlive() || Instant.now().isAfter(deadline)) throw new IllegalStateException("the engine did not start; see " + log);
            engine.waitFor(100, TimeUnit.MILLISECONDS);
        }
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    /** Stops everything once, from the run's end or from a shutdown hook, whichever comes first. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) return;
        for (Process p : new Process[]{app, engine}) {
            if (p != null && p.isAlive()) {
                try {
                    p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        try {
            if (connection != null) connection.close();
        } catch (Exception e) {
            // the database goes next anyway
        }
        if (keycloak != null) keycloak.close();
        try {
            if (database != null) database.close();
        } catch (IOException e) {
            System.err.println("vetted: PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }
}
