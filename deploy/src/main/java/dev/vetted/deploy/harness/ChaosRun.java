package dev.vetted.deploy.harness;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vetted.deploy.ChaosStack;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * `./vetted chaos [KILLS] [CLAIMS]`: the desk routing claims while its processes die. The stack
 * is the standalone set-up (PostgreSQL, Keycloak, the engine as a process of its own, one app);
 * claims are created and every open task decided over the API, while a killer sends SIGKILL to
 * the app KILLS times and to the engine a third as often, at random moments, restarting each. At
 * the end {@link RunVerdict} must hold. Prints what happened; exits 1 when anything did not hold.
 */
public final class ChaosRun {

    public record Result(int appKills, int engineKills, int claims, int decisions, Duration took, List<String> problems) {
    }

    private final ChaosStack stack;
    private final int kills;
    private final int claimCount;
    private final Random random;
    private final String marker = "Chaos run " + Long.toString(System.nanoTime(), 36);
    private final Set<String> attempted = ConcurrentHashMap.newKeySet();
    private final AtomicInteger decisions = new AtomicInteger();

    public ChaosRun(ChaosStack stack, int kills, int claims, long seed) {
        this.stack = stack;
        this.kills = kills;
        this.claimCount = claims;
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws Exception {
        int kills = args.length > 0 ? positive(args[0], "KILLS") : 30;
        int claims = args.length > 1 ? positive(args[1], "CLAIMS") : 300;
        Path home = Path.of(System.getenv().getOrDefault("VETTED_HOME", ".")).toAbsolutePath().normalize();
        int exit;
        try (ChaosStack stack = ChaosStack.start(home, home.resolve("data/chaos"))) {
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "chaos-stop")); // Ctrl-C stops the stack too
            Result r = new ChaosRun(stack, kills, claims, System.nanoTime()).run();
            System.out.printf("chaos: %d claims, %d decisions, app killed %d times, engine %d times, in %d s%n",
                    r.claims(), r.decisions(), r.appKills(), r.engineKills(), r.took().toSeconds());
            r.problems().forEach(p -> System.out.println("  NOT HELD: " + p));
            System.out.println(r.problems().isEmpty() ? "chaos: every claim published once with three decisions;"
                    + " outbox empty; no task left; the audit export verifies" : "chaos: " + r.problems().size() + " problems");
            exit = r.problems().isEmpty() ? 0 : 1;
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("vetted chaos: " + e.getMessage());
            exit = 2;
        }
        System.exit(exit); // after the stack is closed: exiting inside the try would leave its processes running
    }

    static int positive(String value, String name) {
        try {
            int n = Integer.parseInt(value);
            if (n >= 0) return n;
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new IllegalArgumentException(name + " must be a whole number of 0 or more, not '" + value + "'");
    }

    public Result run() throws Exception {
        Instant started = Instant.now();
        AtomicBoolean killing = new AtomicBoolean(true);
        AtomicInteger appKills = new AtomicInteger();
        AtomicInteger engineKills = new AtomicInteger();
        Thread killer = new Thread(() -> {
            try {
                for (int i = 0; i < kills; i++) {
                    Thread.sleep(1000 + random.nextInt(3000)); // a random moment into the work, not a synchronisation
                    if (i % 3 == 2) {
                        stack.killAndRestartEngine();
                        engineKills.incrementAndGet();
                    }
                    stack.killAndRestartApp();
                    appKills.incrementAndGet();
                }
            } catch (Exception e) {
                System.err.println("chaos: the killer stopped: " + e.getMessage());
            } finally {
                killing.set(false);
            }
        }, "chaos-killer");
        killer.start();
        List<String> created = createClaims();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(10 + kills));
        while ((killing.get() || published() < created.size()) && Instant.now().isBefore(deadline)) {
            decideOpenTasks();
        }
        killer.join();
        stack.awaitAppReady();
        while (published() < created.size() && Instant.now().isBefore(deadline)) decideOpenTasks();
        List<String> problems = RunVerdict.of(stack.database(), marker, claimCount, stack.desk(), stack.work());
        return new Result(appKills.get(), engineKills.get(), created.size(), decisions.get(), Duration.between(started, Instant.now()), problems);
    }

    /** Each claim retried until the desk answers 201: an app killed mid-request may have stored it anyway, which the verdict counts. */
    private List<String> createClaims() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < claimCount; i++) {
            Map<String, Object> body = Map.of("text", marker + ": the port handled " + (1000 + i) + " ships last year.",
                    "speaker", "the harbour master");
            DeskClient.Answer a;
            while (!(a = stack.desk().post("/api/claims", "alice", body)).ok()) stack.awaitAppReady();
            ids.add(a.body().get("id").asText());
        }
        return ids;
    }

    private void decideOpenTasks() {
        DeskClient.Answer page = stack.desk().get("/api/tasks?state=OPEN&size=200&q=" + URLEncoder.encode(marker, StandardCharsets.UTF_8), "dana");
        if (!page.ok()) {
            stack.awaitAppReady();
            return;
        }
        for (JsonNode task : page.body().get("items")) {
            String id = task.get("id").asText();
            String step = task.get("step").asText();
            Map<String, Object> decision = DeskClient.passingDecision(step);
            DeskClient.Answer a = stack.desk().post("/api/tasks/" + id + "/decision", DeskClient.decider(step), decision);
            if (a.ok() && attempted.add(id)) decisions.incrementAndGet();
        }
    }

    private long published() throws Exception {
        try (Statement s = stack.database().createStatement();
             ResultSet rs = s.executeQuery("select count(*) from claim where status = 'PUBLISHED' and text like '%" + marker + "%'")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
