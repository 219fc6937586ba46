package dev.vetted.deploy.harness;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vetted.deploy.ChaosStack;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * `./vetted soak [MINUTES] [RATE]`: mixed desk traffic at a steady RATE of requests per second
 * (default 10) for MINUTES (default 30) against the stand-alone set-up: imports, accepts,
 * decisions, inbox reads, claim searches and audit exports, in about a newsroom's proportions.
 * After each minute it prints latency percentiles and errors per kind of request, and the app's
 * heap after a full collection (jcmd), to show whether anything grows.
 */
public final class SoakRun {

    private final ChaosStack stack;
    private final Random random = new Random(7);
    private final Latencies latencies = new Latencies();
    private final AtomicInteger imported = new AtomicInteger();
    private final String marker = "Soak " + Long.toString(System.nanoTime(), 36);

    SoakRun(ChaosStack stack) {
        this.stack = stack;
    }

    public static void main(String[] args) throws Exception {
        int minutes = args.length > 0 ? ChaosRun.positive(args[0], "MINUTES") : 30;
        int rate = args.length > 1 ? ChaosRun.positive(args[1], "RATE") : 10;
        if (minutes == 0 || rate == 0) {
            System.err.println("vetted soak: MINUTES and RATE must be at least 1");
            System.exit(2);
        }
        Path home = Path.of(System.getenv().getOrDefault("VETTED_HOME", ".")).toAbsolutePath().normalize();
        int exit;
        try (ChaosStack stack = ChaosStack.start(home, home.resolve("data/soak"), false)) {
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "soak-stop")); // Ctrl-C stops the stack too
            exit = new SoakRun(stack).run(minutes, rate) == 0 ? 0 : 1;
        } catch (IllegalStateException e) {
            System.err.println("vetted soak: " + e.getMessage());
            exit = 2;
        }
        System.exit(exit); // after the stack is closed: exiting inside the try would leave its processes running
    }

    int run(int minutes, int rate) throws Exception {
        ScheduledExecutorService pace = Executors.newScheduledThreadPool(4);
        pace.scheduleAtFixedRate(this::oneRequest, 0, 1_000_000 / rate, TimeUnit.MICROSECONDS);
        int errors = 0;
        Instant start = Instant.now();
        System.out.printf("soak: %d requests/s for %d min; app pid %d%n", rate, minutes, stack.appPid());
        for (int minute = 1; minute <= minutes; minute++) {
            Thread.sleep(Duration.between(Instant.now(), start.plus(Duration.ofMinutes(minute))).toMillis()); // the report's clock
            errors += latencies.errorCount();
            System.out.printf("minute %d: heap after GC %s, articles imported %d%n", minute, stack.appHeap(), imported.get());
            latencies.report().forEach(System.out::println);
        }
        pace.shutdownNow();
        System.out.println(errors == 0 ? "soak: no errors" : "soak: " + errors + " errors");
        return errors;
    }

    /** One request of a kind drawn by weight: reads dominate, as at a desk. */
    private void oneRequest() {
        int draw = random.nextInt(100);
        DeskClient desk = stack.desk();
        long t = System.nanoTime();
        String kind;
        boolean ok;
        try {
            if (draw < 5) {
                kind = "import";
                int n = imported.incrementAndGet();
                ok = desk.post("/api/articles", "alice", Map.of("title", marker + " article " + n, "text", article(n))).ok();
            } else if (draw < 15) {
                kind = "accept";
                ok = acceptOne(desk);
            } else if (draw < 35) {
                kind = "decide";
                ok = decideOne(desk);
            } else if (draw < 75) {
                kind = "inbox";
                ok = desk.get("/api/tasks?size=50", "bob").ok();
            } else if (draw < 98) {
                kind = "claim search";
                ok = desk.get("/api/claims?size=20&q=" + URLEncoder.encode("percent", StandardCharsets.UTF_8), "bob").ok();
            } else {
                kind = "audit export";
                ok = desk.get("/api/audit/export", "adam").status() == 200;
            }
        } catch (RuntimeException e) {
            kind = "failed";
            ok = false;
        }
        latencies.record(kind, System.nanoTime() - t, ok);
    }

    private boolean acceptOne(DeskClient desk) {
        DeskClient.Answer page = desk.get("/api/claims?status=SUGGESTED&size=1", "alice");
        if (!page.ok()) return false;
        if (page.body().get("items").isEmpty()) return true;
        String id = page.body().get("items").get(0).get("id").asText();
        int status = desk.post("/api/claims/" + id + "/accept", "alice", Map.of()).status();
        return status == 200 || status == 409; // someone (a second request) took it first: a fair answer
    }

    private boolean decideOne(DeskClient desk) {
        DeskClient.Answer page = desk.get("/api/tasks?state=OPEN&size=1", "dana");
        if (!page.ok()) return false;
        if (page.body().get("items").isEmpty()) return true;
        JsonNode task = page.body().get("items").get(0);
        String step = task.get("step").asText();
        Map<String, Object> decision = DeskClient.passingDecision(step);
        int status = desk.post("/api/tasks/" + task.get("id").asText() + "/decision", DeskClient.decider(step), decision).status();
        return status == 200 || status == 409;
    }

    /** A short article of the harness's own with a few claims, different each time. */
    static String article(int n) {
        return "The city council said on Monday that bus fares would rise by " + (n % 9 + 2) + " percent in June. "
                + "Transport director Ana Ruiz said the increase would raise " + (n % 40 + 10) + " million euros a year. "
                + "Unemployment in the region fell to " + (n % 5 + 3) + ".2 percent last quarter, the statistics office said.\n\n"
                + "Critics said the council had promised in " + (2000 + n % 25) + " to freeze fares until the new tram line opened.";
    }
}
