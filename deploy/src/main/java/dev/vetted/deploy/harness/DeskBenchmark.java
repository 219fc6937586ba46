package dev.vetted.deploy.harness;

import dev.vetted.deploy.ChaosStack;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * `./vetted bench desk [CLAIMS] [REVIEWERS] [SECONDS] [THINK]` (100,000, 50, 60, 0): a fresh stand-alone
 * set-up filled with a newsroom's years of claims ({@link DeskSeed}), then that many reviewers
 * at once, each signed in with a real token, reading the inbox (usual filters, text search, all
 * tasks), opening claims, searching claims, and claiming and deciding distinct open tasks, for a
 * fixed time after a warm-up of 20 s. Prints requests per second and p50/p90/p99/max per kind (HdrHistogram), errors,
 * how many statements PostgreSQL was running on average, and the CPU each part of the stack used.
 * Stops by itself.
 *
 * <p>With THINK 0 every reviewer sends the next request the moment the last one is answered: the
 * desk's most requests per second, where latency is mostly queueing (by Little's law, reviewers
 * divided by throughput). With THINK milliseconds each reviewer pauses that long on average
 * (exponentially distributed) between requests, as a person reading the page does, and latency
 * is what one reviewer waits for at that load.
 */
public final class DeskBenchmark {

    private static final Duration WARM_UP = Duration.ofSeconds(20);
    private static final List<String> WORDS = List.of("unemployment", "fares", "crime", "deficit", "rents", "Lisbon",
            "\"waiting times\"", "percent 2019");

    private final ChaosStack stack;
    private final int claims;
    private final int thinkMillis;
    private final Map<String, Recorder> latencies = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String[]> openTasks = new ConcurrentLinkedQueue<>();
    private volatile boolean running = true;
    private volatile boolean measuring;

    private DeskBenchmark(ChaosStack stack, int claims, int thinkMillis) {
        this.stack = stack;
        this.claims = claims;
        this.thinkMillis = thinkMillis;
    }

    public static void main(String[] args) throws Exception {
        int claims;
        int reviewers;
        int seconds;
        int think;
        try {
            claims = args.length > 0 ? ChaosRun.positive(args[0], "CLAIMS") : 100_000;
            reviewers = args.length > 1 ? ChaosRun.positive(args[1], "REVIEWERS") : 50;
            seconds = args.length > 2 ? ChaosRun.positive(args[2], "SECONDS") : 60;
            think = args.length > 3 ? ChaosRun.positive(args[3], "THINK") : 0;
        } catch (IllegalArgumentException e) {
            System.err.println("vetted bench desk: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (claims == 0 || reviewers == 0 || seconds == 0) {
            System.err.println("vetted bench desk: CLAIMS, REVIEWERS and SECONDS must be at least 1");
            System.exit(2);
        }
        Path home = Path.of(System.getenv().getOrDefault("VETTED_HOME", ".")).toAbsolutePath().normalize();
        int exit = 0;
        try (ChaosStack stack = ChaosStack.start(home, home.resolve("data/bench-desk"), false)) {
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "bench-desk-stop"));
            new DeskBenchmark(stack, claims, think).run(reviewers, Duration.ofSeconds(seconds));
        } catch (IllegalStateException e) {
            System.err.println("vetted bench desk: " + e.getMessage());
            exit = 2;
        }
        System.exit(exit);
    }

    void run(int reviewers, Duration duration) throws Exception {
        long t = System.nanoTime();
        DeskSeed.fill(stack.database(), claims);
        try (Statement s = stack.database().createStatement();
             ResultSet rs = s.executeQuery("select id::text, step from review_task where state = 'OPEN' order by random()")) {
            while (rs.next()) openTasks.add(new String[]{rs.getString(1), rs.getString(2)});
        }
        System.out.printf("bench desk: %,d claims seeded in %.0f s (%,d open tasks); %d reviewers for %d s on %d cores, %s%n",
                claims, (System.nanoTime() - t) / 1e9, openTasks.size(), reviewers, duration.toSeconds(),
                Runtime.getRuntime().availableProcessors(),
                thinkMillis == 0 ? "no pause between requests" : "pausing " + thinkMillis + " ms between requests on average");
        for (String user : List.of("alice", "bob", "dana", "erin")) stack.desk().get("/api/tasks?size=1", user); // tokens, warm caches
        ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
        for (int i = 0; i < reviewers; i++) {
            long seed = i;
            pool.submit(() -> reviewer(new Random(seed)));
        }
        // the JIT compiles the hot paths in the first seconds; those are not what the desk answers all day
        Thread.sleep(WARM_UP.toMillis()); // the warm-up's length, not a synchronisation
        measuring = true;
        DatabaseLoad load = DatabaseLoad.sample(stack.database());
        Map<String, Double> cpuBefore = ProcessCpu.snapshot();
        long begin = System.nanoTime();
        Thread.sleep(duration.toMillis()); // the run's length, not a synchronisation
        running = false;
        Map<String, Double> cpuAfter = ProcessCpu.snapshot();
        double cpuSeconds = (System.nanoTime() - begin) / 1e9;
        pool.shutdown();
        pool.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - begin) / 1e9;
        report(seconds, load.stop());
        System.out.println("CPU used, in cores: " + ProcessCpu.share(cpuBefore, cpuAfter, cpuSeconds));
        System.out.println("what PostgreSQL was running, by share of samples:");
        long all = load.queries.values().stream().mapToLong(Long::longValue).sum();
        load.queries.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(10)
                .forEach(e -> System.out.printf("  %4.1f %%  %s%n", 100.0 * e.getValue() / Math.max(1, all), e.getKey()));
    }

    private void reviewer(Random random) {
        String[] users = {"alice", "bob", "dana"};
        while (running) {
            String user = users[random.nextInt(users.length)];
            int draw = random.nextInt(100);
            if (draw < 30) timed("inbox (to do)", () -> stack.desk().get("/api/tasks?size=25", user));
            else if (draw < 40) timed("inbox search", () -> stack.desk().get("/api/tasks?size=25&q=" + word(random), user));
            else if (draw < 45) timed("inbox all tasks", () -> stack.desk().get("/api/tasks?state=all&size=25", user));
            else if (draw < 65) timed("claim", () -> stack.desk().get("/api/claims/" + claimId(1 + random.nextInt(claims)), user));
            else if (draw < 80) timed("claim search", () -> stack.desk().get("/api/claims?size=20&q=" + word(random), user));
            else claimAndDecide();
            if (thinkMillis > 0) pause(random);
        }
    }

    /** A reviewer reading what came back: exponentially distributed around the mean think time. */
    private void pause(Random random) {
        long millis = (long) (-thinkMillis * Math.log(1 - random.nextDouble()));
        try {
            Thread.sleep(Math.min(millis, 10L * thinkMillis)); // pacing the load, not a synchronisation
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private void claimAndDecide() {
        String[] task = openTasks.poll();
        if (task == null) return;
        String user = DeskClient.decider(task[1]);
        DeskClient.Answer claimed = timed("claim a task", () -> stack.desk().post("/api/tasks/" + task[0] + "/claim", user, Map.of()));
        if (!claimed.ok()) return;
        Map<String, Object> decision = DeskClient.passingDecision(task[1]);
        timed("decide", () -> stack.desk().post("/api/tasks/" + task[0] + "/decision", user, decision));
    }

    private DeskClient.Answer timed(String kind, java.util.function.Supplier<DeskClient.Answer> request) {
        long t = System.nanoTime();
        DeskClient.Answer answer = request.get();
        long micros = Math.max(1, (System.nanoTime() - t) / 1000);
        if (!running || !measuring) return answer;
        latencies.computeIfAbsent(kind, k -> new Recorder(3)).recordValue(micros);
        if (!answer.ok()) errors.computeIfAbsent(kind + " " + answer.status(), k -> new AtomicLong()).incrementAndGet();
        return answer;
    }

    private void report(double seconds, double activeStatements) {
        System.out.printf("%-18s %9s %8s %9s %9s %9s %9s%n", "request", "count", "req/s", "p50 ms", "p90 ms", "p99 ms", "max ms");
        long total = 0;
        for (Map.Entry<String, Recorder> e : new TreeMap<>(latencies).entrySet()) {
            Histogram h = e.getValue().getIntervalHistogram();
            total += h.getTotalCount();
            System.out.printf("%-18s %9d %8.1f %9.1f %9.1f %9.1f %9.1f%n", e.getKey(), h.getTotalCount(), h.getTotalCount() / seconds,
                    h.getValueAtPercentile(50) / 1e3, h.getValueAtPercentile(90) / 1e3, h.getValueAtPercentile(99) / 1e3,
                    h.getMaxValue() / 1e3);
        }
        System.out.printf("all: %.0f requests/s; PostgreSQL ran %.2f statements at a time on average%n", total / seconds, activeStatements);
        if (errors.isEmpty()) System.out.println("errors: none");
        else errors.forEach((k, v) -> System.out.println("errors: " + k + " x" + v.get()));
    }

    private static String word(Random random) {
        return URLEncoder.encode(WORDS.get(random.nextInt(WORDS.size())), StandardCharsets.UTF_8);
    }

    /** The id DeskSeed gave claim i: PostgreSQL's md5('c' || i) read as a uuid. */
    static String claimId(int i) {
        try {
            String hex = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(("c" + i).getBytes(StandardCharsets.UTF_8)));
            return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-" + hex.substring(16, 20)
                    + "-" + hex.substring(20);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many statements PostgreSQL runs at once, sampled every 100 ms on a connection of its own. */
    private static final class DatabaseLoad {
        private final Thread sampler;
        private final AtomicLong samples = new AtomicLong();
        private final AtomicLong active = new AtomicLong();
        /** What the database was running when sampled: a profile of where its time goes. */
        final Map<String, Long> queries = new ConcurrentHashMap<>();
        private volatile boolean on = true;

        private DatabaseLoad(java.sql.Connection db) {
            sampler = Thread.ofPlatform().daemon().start(() -> {
                try (Statement s = db.createStatement()) {
                    while (on) {
                        try (ResultSet rs = s.executeQuery("select query from pg_stat_activity where state = 'active'"
                                + " and pid <> pg_backend_pid()")) {
                            while (rs.next()) {
                                active.incrementAndGet();
                                String q = rs.getString(1) == null ? "?" : rs.getString(1).replaceAll("\\s+", " ");
                                queries.merge(q.length() > 140 ? q.substring(0, 140) : q, 1L, Long::sum);
                            }
                            samples.incrementAndGet();
                        }
                        Thread.sleep(100); // the sampling period
                    }
                } catch (Exception e) {
                    on = false;
                }
            });
        }

        static DatabaseLoad sample(java.sql.Connection db) {
            return new DatabaseLoad(db);
        }

        double stop() throws InterruptedException {
            on = false;
            sampler.join(2000);
            return samples.get() == 0 ? 0 : (double) active.get() / samples.get();
        }
    }
}
