package dev.vetted.deploy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/**
 * `./vetted run`: the whole desk on one machine. Starts PostgreSQL (unless an external one is
 * configured), then Keycloak and the web application beside each other as child processes (each
 * needs only the database), waits until both answer, prints where to go, and on Ctrl-C stops the
 * application and Keycloak before the database they write to.
 */
public final class LocalStack {

    private final Path home;
    private final Path data;
    private final int httpPort;
    private final int dbPort;
    private final Map<String, String> env;

    private EmbeddedDatabase database;
    private KeycloakServer keycloak;
    private Process app;

    LocalStack(Path home, Map<String, String> env) {
        this.home = home;
        this.env = env;
        this.data = Path.of(env.getOrDefault("VETTED_DATA", home.resolve("data").toString()));
        this.httpPort = Integer.parseInt(env.getOrDefault("VETTED_HTTP_PORT", "8080"));
        this.dbPort = Integer.parseInt(env.getOrDefault("VETTED_DB_PORT", "5433"));
    }

    public static void main(String[] args) {
        Path home = Path.of(System.getenv().getOrDefault("VETTED_HOME", ".")).toAbsolutePath().normalize();
        LocalStack stack = new LocalStack(home, System.getenv());
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "vetted-stop"));
        try {
            System.exit(stack.run());
        } catch (Exception e) {
            System.err.println("vetted: " + e.getMessage());
            System.exit(1);
        }
    }

    int run() throws Exception {
        Instant begun = Instant.now();
        Duration databaseTook = Duration.ZERO;
        Path appJar = home.resolve("web/target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(appJar)) {
            throw new IllegalStateException("the application is not built (" + appJar + " is missing); run ./vetted run from the repository root");
        }
        Map<String, String> appEnv = new java.util.HashMap<>();
        String externalDb = env.get("QUARKUS_DATASOURCE_JDBC_URL");
        if (externalDb == null || externalDb.isBlank()) {
            log("starting PostgreSQL (data in " + data.resolve("postgres") + ", port " + dbPort + ")");
            database = EmbeddedDatabase.start(data.resolve("postgres"), dbPort);
            databaseTook = Duration.between(begun, Instant.now());
            appEnv.put("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl());
            appEnv.put("QUARKUS_DATASOURCE_USERNAME", database.username());
            appEnv.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        } else {
            log("using the external PostgreSQL at " + externalDb);
        }
        String externalOidc = env.get("QUARKUS_OIDC_AUTH_SERVER_URL");
        Path keycloakLog = data.resolve("keycloak.log");
        CompletableFuture<Duration> realm = CompletableFuture.completedFuture(Duration.ZERO);
        if (externalOidc == null || externalOidc.isBlank()) {
            // Keycloak starts beside the app: the app reaches the realm on the first sign-in, not at start-up
            int keycloakPort = Integer.parseInt(env.getOrDefault("VETTED_KEYCLOAK_PORT", "8180"));
            Files.createDirectories(data);
            log("starting Keycloak on port " + keycloakPort + " (log in " + keycloakLog + ")");
            if (database != null) {
                database.createDatabaseIfMissing("keycloak");
                keycloak = KeycloakServer.launch(home, keycloakLog, keycloakPort, database.jdbcUrl("keycloak"), database.username(), "postgres");
            } else {
                keycloak = KeycloakServer.launch(home, keycloakLog, keycloakPort, null, null, null);
            }
            appEnv.put("QUARKUS_OIDC_AUTH_SERVER_URL", keycloak.realmUrl());
            realm = awaitRealm(keycloak, keycloakLog);
        } else {
            log("using the external sign-in server at " + externalOidc);
        }
        appEnv.put("QUARKUS_HTTP_PORT", String.valueOf(httpPort));
        appEnv.putIfAbsent("VETTED_AUDIT_KEY_FILE", data.resolve("audit-signing-key").toString());
        Path seed = home.resolve("deploy/seed/article.txt");
        if (Files.isRegularFile(seed) && !env.containsKey("VETTED_DEMO_SEED_FILE")) {
            appEnv.put("VETTED_DEMO_SEED_FILE", seed.toString());
        }

        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        // a class-data archive of the app's classes, made on its first start, takes a second or more off the next
        Files.createDirectories(data.resolve("cds"));
        command.add("-XX:+AutoCreateSharedArchive");
        command.add("-XX:SharedArchiveFile=" + data.resolve("cds/app.jsa"));
        command.add("-jar");
        command.add(appJar.toString());
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile()).inheritIO();
        builder.environment().putAll(appEnv);
        log("starting the application");
        Instant started = Instant.now();
        app = builder.start();

        String base = "http://localhost:" + httpPort;
        if (!awaitReady(base + "/q/health/ready", Duration.ofMinutes(3))) {
            if (!app.isAlive()) {
                log("the application stopped with exit code " + app.exitValue() + " before it was ready");
                return app.exitValue() == 0 ? 1 : app.exitValue();
            }
            log("the application did not become ready within 3 minutes");
            return 1;
        }
        Duration appTook = Duration.between(started, Instant.now());
        Duration signInTook;
        try {
            signInTook = realm.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
        if (keycloak != null) {
            try {
                keycloak.allowAppOn(httpPort);
            } catch (IOException | IllegalStateException e) {
                // a changed admin password, say: the desk still runs, sign-in returns only to the realm's own addresses
                log("could not let sign-in return to port " + httpPort + " (" + e.getMessage() + "); the realm allows 8080");
            }
        }
        Instant ready = Instant.now();
        log(String.format("ready: database %.1f s, then beside each other sign-in %.1f s and application %.1f s, total %.1f s",
                seconds(databaseTook), seconds(signInTook), seconds(appTook), seconds(Duration.between(begun, ready))));
        banner(base, Duration.between(begun, ready));
        return app.waitFor();
    }

    /** How long Keycloak takes from now until it serves the realm, waited for on a thread of its own. */
    private static CompletableFuture<Duration> awaitRealm(KeycloakServer keycloak, Path log) {
        Instant launched = Instant.now();
        return CompletableFuture.supplyAsync(() -> {
            try {
                keycloak.awaitRealm(log);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Keycloak");
            }
            return Duration.between(launched, Instant.now());
        });
    }

    /** Where the app's engine listens: its embedded one on the configured port, or the external gateway it uses. */
    String engineAddress() {
        if ("false".equalsIgnoreCase(env.getOrDefault("VETTED_ZEEBE_EMBEDDED", "true"))) {
            return env.getOrDefault("VETTED_ZEEBE_GATEWAY_ADDRESS", "the configured gateway");
        }
        return env.getOrDefault("VETTED_ZEEBE_EMBEDDED_HOST", "127.0.0.1").replace("127.0.0.1", "localhost") + ":"
                + env.getOrDefault("VETTED_ZEEBE_EMBEDDED_PORT", "26500");
    }

    private boolean awaitReady(String url, Duration limit) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline) && app.isAlive()) {
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) return true;
            } catch (IOException notYet) {
                // the server is not listening yet
            }
            app.waitFor(250, TimeUnit.MILLISECONDS);
        }
        return false;
    }

    private void banner(String base, Duration took) {
        String line = "-".repeat(72);
        System.out.println(line);
        System.out.printf("Vetted is ready at %s  (started in %.1f s)%n", base, took.toMillis() / 1000.0);
        System.out.println("  Fact checks:   " + base + "/fact-checks (public, no sign-in; Atom feed at /fact-checks/feed.atom)");
        System.out.println("  API docs:      " + base + "/q/swagger-ui");
        System.out.println("  Health:        " + base + "/q/health");
        System.out.println("  Zeebe gateway: " + engineAddress() + " (gRPC, plaintext; any Camunda 8 client)");
        System.out.println("  Data folder:   " + data);
        if (keycloak != null) {
            System.out.println();
            System.out.println("Demo sign-ins (local realm only; each password is the user name):");
            System.out.println("  alice, bob   fact-checker     imports articles, decides attribution and confirmation");
            System.out.println("  erin         editor           signs claims off with a verdict");
            System.out.println("  dana         fact-checker + editor (cannot sign off a claim she checked)");
            System.out.println("  adam         admin            official statements, audit trail");
            System.out.println("  Keycloak:    " + keycloak.url() + "/admin  (console: admin / admin)");
            System.out.println("  API token:   curl -d grant_type=password -d client_id=vetted-cli -d username=alice -d password=alice \\");
            System.out.println("                 " + keycloak.realmUrl() + "/protocol/openid-connect/token");
        }
        System.out.println("Press Ctrl-C to stop.");
        System.out.println(line);
    }

    void stop() {
        if (app != null && app.isAlive()) {
            log("stopping the application");
            app.destroy();
            try {
                if (!app.waitFor(30, TimeUnit.SECONDS)) app.destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (keycloak != null) {
            log("stopping Keycloak");
            keycloak.close();
            keycloak = null;
        }
        if (database != null) {
            log("stopping PostgreSQL");
            try {
                database.close();
            } catch (IOException e) {
                log("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
            database = null;
        }
    }

    private static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }

    private static void log(String message) {
        System.out.println("[vetted] " + message);
    }
}
