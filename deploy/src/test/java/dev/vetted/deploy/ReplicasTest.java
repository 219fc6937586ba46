package dev.vetted.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vetted.core.audit.AuditVerifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Several app replicas on one machine: two app processes on their own ports, one PostgreSQL,
 * one Keycloak and one standalone engine process, as a production deployment has them. Claims
 * go to the end with decisions spread over both replicas, then one replica is killed outright
 * and the other finishes the work; each claim ends exactly once and the audit trail verifies.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicasTest {

    private static final Path HOME = Path.of("..").toAbsolutePath().normalize();
    private static final Path WORK = Path.of("target/replicas").toAbsolutePath();
    private static final Duration ROUTING = Duration.ofMinutes(4);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final Map<String, Instant> tokenTimes = new ConcurrentHashMap<>();
    private final ExecutorService pool = Executors.newFixedThreadPool(8);

    private EmbeddedDatabase database;
    private int databasePort;
    private KeycloakServer keycloak;
    private int enginePort;
    private Process engine;
    private Replica a;
    private Replica b;

    /** One app process, started from the built application as `./vetted run` starts it. */
    private final class Replica {
        final String name;
        final int port;
        final Process process;
        final AtomicInteger decisions = new AtomicInteger();

        Replica(String name, Map<String, String> extra) throws IOException {
            this.name = name;
            this.port = freePort();
            ProcessBuilder builder = new ProcessBuilder(java(), "-jar", HOME.resolve("web/target/quarkus-app/quarkus-run.jar").toString())
                    .directory(WORK.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(WORK.resolve("replica-" + name + ".log").toFile()));
            builder.environment().putAll(appEnvironment(port));
            builder.environment().putAll(extra);
            process = builder.start();
        }

        String base() {
            return "http://localhost:" + port;
        }

        void awaitReady() {
            await("replica " + name + " ready").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(250))
                    .until(() -> {
                        assertThat(process.isAlive()).as("replica " + name + " is running; see " + WORK).isTrue();
                        return status(base() + "/q/health/ready") == 200;
                    });
        }
    }

    @BeforeAll
    void startTheDeployment() throws Exception {
        deleteTree(WORK);
        Files.createDirectories(WORK);
        databasePort = freePort();
        database = EmbeddedDatabase.start(WORK.resolve("postgres"), databasePort);
        database.createDatabaseIfMissing("keycloak");
        keycloak = KeycloakServer.start(HOME, WORK.resolve("keycloak.log"), freePort(),
                "jdbc:postgresql://localhost:" + databasePort + "/keycloak", database.username(), "postgres");
        enginePort = freePort();
        startEngine();
        a = new Replica("a", Map.of());
        a.awaitReady();
        // after a, so both use the signing key a made
        b = new Replica("b", Map.of());
        b.awaitReady();
    }

    @AfterAll
    void stopTheDeployment() throws Exception {
        pool.shutdownNow();
        for (Replica r : new Replica[]{a, b}) {
            if (r != null && r.process.isAlive()) r.process.destroyForcibly().waitFor();
        }
        if (engine != null && engine.isAlive()) engine.destroyForcibly().waitFor();
        if (keycloak != null) keycloak.close();
        if (database != null) database.close();
    }

    @Test
    @Order(1)
    void twoHundredClaimsEndExactlyOnceWithDecisionsSpreadOverBothReplicas() throws Exception {
        // what every replica's desk listens to: each replica's actions reach a listener on the database
        try (Connection listener = java.sql.DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + databasePort + "/" + EmbeddedDatabase.DATABASE, "postgres", "postgres")) {
            try (Statement s = listener.createStatement()) {
                s.execute("LISTEN vetted_changes");
            }
            List<String> claims = createClaims(200, List.of(a, b));
            Set<String> announced = new HashSet<>();
            org.postgresql.PGConnection pg = listener.unwrap(org.postgresql.PGConnection.class);
            await("every new claim announced to listeners").atMost(Duration.ofSeconds(30)).until(() -> {
                org.postgresql.PGNotification[] received = pg.getNotifications(500);
                if (received != null) {
                    for (var n : received) announced.add(JSON.readTree(n.getParameter()).path("claimId").asText());
                }
                return announced.containsAll(claims);
            });
            driveToPublication(claims, List.of(a, b));
            verifyTheRun(claims);
        }
    }

    private void verifyTheRun(List<String> claims) throws Exception {
        assertThat(a.decisions.get()).as("decisions made through replica a").isGreaterThan(100);
        assertThat(b.decisions.get()).as("decisions made through replica b").isGreaterThan(100);
        assertEachEndedExactlyOnce(claims);
        assertTheAuditTrailVerifies(b);
    }

    @Test
    @Order(2)
    void whenAReplicaIsKilledMidRunTheOtherFinishesTheWork() throws Exception {
        List<String> claims = createClaims(60, List.of(a, b));
        // some decisions through both, while routing is under way on both
        decideOpenTasks(claims, List.of(a, b), 40);
        a.process.destroyForcibly().waitFor();
        assertThat(a.process.exitValue()).as("killed with SIGKILL").isEqualTo(137);

        driveToPublication(claims, List.of(b));
        assertEachEndedExactlyOnce(claims);
        assertTheAuditTrailVerifies(b);
    }

    @Test
    @Order(4)
    void aReplicaIsNotReadyWithoutItsGatewayOrDatabaseAndRecoversByItself() throws Exception {
        engine.destroyForcibly().waitFor();
        await("not ready without the gateway").atMost(Duration.ofSeconds(30)).until(() -> status(b.base() + "/q/health/ready") == 503);
        assertThat(get(b.base() + "/q/health/ready", null).body()).contains("Zeebe gateway", "DOWN");
        startEngine();
        await("ready with the gateway back").atMost(Duration.ofSeconds(60)).until(() -> status(b.base() + "/q/health/ready") == 200);

        database.close();
        await("not ready without the database").atMost(Duration.ofSeconds(30)).until(() -> status(b.base() + "/q/health/ready") == 503);
        database = EmbeddedDatabase.start(WORK.resolve("postgres"), databasePort);
        await("ready with the database back").atMost(Duration.ofSeconds(90)).until(() -> status(b.base() + "/q/health/ready") == 200);
    }

    /** The realm file names port 8080; ./vetted run lets Keycloak send a signed-in person back to any port the app uses. */
    @Test
    @Order(0) // first: a later test restarts the database under Keycloak
    void signInReturnsToTheAppsOwnPortOnceItIsAllowed() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(a.port != 8080, "the realm file allows 8080 already");
        String auth = keycloak.realmUrl() + "/protocol/openid-connect/auth?client_id=vetted-web&response_type=code&scope=openid"
                + "&redirect_uri=" + java.net.URLEncoder.encode(a.base() + "/", StandardCharsets.UTF_8);
        assertThat(status(auth)).as("before: Keycloak refuses to send anyone to port " + a.port).isEqualTo(400);
        keycloak.allowAppOn(a.port);
        keycloak.allowAppOn(a.port); // a second start changes nothing
        // accepted: Keycloak now sends the browser back to the app (here with "PKCE required", as the request carries none)
        HttpResponse<Void> after = http.send(HttpRequest.newBuilder(URI.create(auth)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElse("")).startsWith(a.base() + "/");
    }

    @Test
    @Order(3)
    void aReplicaWithoutAGatewayAddressOrWithASecondEngineRefusesToStart() throws Exception {
        Replica noGateway = new Replica("no-gateway", Map.of("VETTED_ZEEBE_GATEWAY_ADDRESS", ""));
        assertThat(noGateway.process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(noGateway.process.exitValue()).isNotZero();
        assertThat(Files.readString(WORK.resolve("replica-no-gateway.log")))
                .contains("vetted.zeebe.embedded=false needs vetted.zeebe.gateway-address");

        // an embedded engine on a database whose engine already runs elsewhere would corrupt its state
        Replica secondEngine = new Replica("second-engine", Map.of("VETTED_ZEEBE_EMBEDDED", "true",
                "VETTED_ZEEBE_EMBEDDED_PORT", String.valueOf(freePort())));
        assertThat(secondEngine.process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(secondEngine.process.exitValue()).isNotZero();
        assertThat(Files.readString(WORK.resolve("replica-second-engine.log")))
                .contains("another process already runs the workflow engine on this database");
    }

    // --- driving the desk over the API ------------------------------------------------------------

    private List<String> createClaims(int count, List<Replica> replicas) throws Exception {
        List<Future<String>> created = new ArrayList<>();
        String run = Long.toString(System.nanoTime(), 36);
        for (int i = 0; i < count; i++) {
            Replica r = replicas.get(i % replicas.size());
            String body = JSON.writeValueAsString(Map.of("text", "Replica run " + run + ": the port handled " + (1000 + i)
                    + " ships last year.", "speaker", "the harbour master"));
            created.add(pool.submit(() -> {
                HttpResponse<String> response = post(r.base() + "/api/claims", "alice", body);
                assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
                return JSON.readTree(response.body()).get("id").asText();
            }));
        }
        List<String> ids = new ArrayList<>();
        for (Future<String> f : created) ids.add(f.get(2, TimeUnit.MINUTES));
        return ids;
    }

    /** Decides every open task of these claims until all are published. */
    private void driveToPublication(List<String> claims, List<Replica> replicas) {
        Set<String> mine = Set.copyOf(claims);
        await("all " + claims.size() + " claims published").atMost(ROUTING).pollInterval(Duration.ofMillis(300)).until(() -> {
            decideOpenTasks(claims, replicas, Integer.MAX_VALUE);
            return countPublished(mine) == claims.size();
        });
    }

    private final Set<String> attempted = ConcurrentHashMap.newKeySet();

    /** Decides up to {@code limit} open tasks of these claims, each through the replica its turn falls on. */
    private void decideOpenTasks(List<String> claims, List<Replica> replicas, int limit) throws Exception {
        Set<String> mine = Set.copyOf(claims);
        Replica lister = replicas.get(0);
        JsonNode page = JSON.readTree(get(lister.base() + "/api/tasks?state=OPEN&size=200&q=Replica%20run", "dana").body());
        List<Future<?>> sent = new ArrayList<>();
        int n = 0;
        for (JsonNode task : page.get("items")) {
            if (n >= limit) break;
            String id = task.get("id").asText();
            if (!mine.contains(task.get("claimId").asText()) || !attempted.add(id)) continue;
            Replica r = replicas.get(Math.floorMod(id.hashCode(), replicas.size()));
            String step = task.get("step").asText();
            String user = switch (step) {
                case "SIGNOFF" -> "erin";
                default -> r == a ? "alice" : "bob";
            };
            Map<String, Object> decision = new HashMap<>();
            switch (step) {
                case "ATTRIBUTION" -> decision.put("decision", "CORRECT");
                case "CONFIRMATION" -> decision.put("decision", "CONFIRMED");
                default -> {
                    decision.put("decision", "APPROVE");
                    decision.put("verdict", "TRUE");
                }
            }
            String body = JSON.writeValueAsString(decision);
            sent.add(pool.submit(() -> {
                HttpResponse<String> response = post(r.base() + "/api/tasks/" + id + "/decision", user, body);
                assertThat(response.statusCode()).as(step + " via " + r.name + ": " + response.body()).isEqualTo(200);
                r.decisions.incrementAndGet();
                return null;
            }));
            n++;
        }
        for (Future<?> f : sent) f.get(1, TimeUnit.MINUTES);
    }

    // --- what the database says -----------------------------------------------------------------

    private long countPublished(Set<String> claims) throws Exception {
        try (Connection c = database.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select id from claim where status = 'PUBLISHED'")) {
            long n = 0;
            while (rs.next()) if (claims.contains(rs.getString(1))) n++;
            return n;
        }
    }

    private void assertEachEndedExactlyOnce(List<String> claims) throws Exception {
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            for (String claim : claims) {
                try (ResultSet rs = s.executeQuery("select"
                        + " (select count(*) from audit_event where claim_id = '" + claim + "' and action = 'claim.published'),"
                        + " (select count(*) from audit_event where claim_id = '" + claim + "' and action in ('task.decided', 'claim.signed-off')),"
                        + " (select count(*) from review_task where claim_id = '" + claim + "'),"
                        + " (select count(*) from review_task where claim_id = '" + claim + "' and state = 'DECIDED')")) {
                    rs.next();
                    assertThat(rs.getLong(1)).as("publications of " + claim).isEqualTo(1);
                    assertThat(rs.getLong(2)).as("decisions recorded for " + claim).isEqualTo(3);
                    assertThat(rs.getLong(3)).as("review tasks opened for " + claim).isEqualTo(3);
                    assertThat(rs.getLong(4)).as("review tasks decided for " + claim).isEqualTo(3);
                }
            }
            try (ResultSet rs = s.executeQuery("select count(*) from outbox_message where sent_at is null")) {
                rs.next();
                assertThat(rs.getLong(1)).as("messages the relays never sent").isZero();
            }
        }
    }

    private void assertTheAuditTrailVerifies(Replica r) throws Exception {
        String key = get(r.base() + "/api/audit/public-key", null).body().strip();
        Path export = WORK.resolve("audit-" + System.nanoTime() + ".jsonl");
        HttpResponse<Path> response = http.send(HttpRequest.newBuilder(URI.create(r.base() + "/api/audit/export"))
                .header("Authorization", "Bearer " + token("adam")).build(), HttpResponse.BodyHandlers.ofFile(export));
        assertThat(response.statusCode()).isEqualTo(200);
        AuditVerifier.Result result = AuditVerifier.verify(export, key, null);
        assertThat(result.valid()).as(result.message() + " at line " + result.line()).isTrue();
    }

    // --- processes and plumbing -----------------------------------------------------------------

    private Map<String, String> appEnvironment(int port) {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:" + databasePort + "/" + EmbeddedDatabase.DATABASE);
        env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", keycloak.realmUrl());
        env.put("VETTED_ZEEBE_EMBEDDED", "false");
        env.put("VETTED_ZEEBE_GATEWAY_ADDRESS", "http://127.0.0.1:" + enginePort);
        env.put("VETTED_AUDIT_KEY_FILE", WORK.resolve("audit-signing-key").toString());
        // short enough that work held by a killed replica comes back within the test
        env.put("VETTED_WORKERS_JOB_TIMEOUT", "PT5S");
        env.put("VETTED_OUTBOX_LEASE", "PT3S");
        env.put("VETTED_AUDIT_CHECKPOINT_INTERVAL", "PT2S");
        return env;
    }

    private void startEngine() throws IOException {
        ProcessBuilder builder = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"),
                "dev.vetted.workflow.engine.gateway.StandaloneEngine").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(WORK.resolve("engine.log").toFile()));
        builder.environment().put("VETTED_ENGINE_JDBC_URL", "jdbc:postgresql://localhost:" + databasePort + "/" + EmbeddedDatabase.DATABASE);
        builder.environment().put("VETTED_ENGINE_PORT", String.valueOf(enginePort));
        engine = builder.start();
        await("the engine listens").atMost(Duration.ofMinutes(1)).until(() -> {
            assertThat(engine.isAlive()).as("the engine process runs; see engine.log").isTrue();
            return Files.readString(WORK.resolve("engine.log")).contains("listening on 127.0.0.1:" + enginePort);
        });
    }

    private String token(String user) throws Exception {
        Instant got = tokenTimes.get(user);
        if (got == null || got.isBefore(Instant.now().minusSeconds(60))) {
            String form = "grant_type=password&client_id=vetted-cli&username=" + user + "&password=" + user;
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(keycloak.realmUrl() + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            tokens.put(user, JSON.readTree(response.body()).get("access_token").asText());
            tokenTimes.put(user, Instant.now());
        }
        return tokens.get(user);
    }

    private HttpResponse<String> get(String url, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (user != null) request.header("Authorization", "Bearer " + token(user));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String user, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token(user)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private int status(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
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

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (var paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
