package dev.vetted.deploy;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobWorker;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import org.HdrHistogram.Recorder;
import org.HdrHistogram.Histogram;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The two shapes of the BPMN anchor benchmark, driven as it drives other engines: a closed loop
 * with 256 instances in flight, a warm-up under that same load, then N measured completions, each
 * instance timed from its start to its completion (HdrHistogram). The claim shape is then run
 * again open-loop at half the rate it reached, where its p99 is what a newsroom at ordinary load sees.
 */
final class AnchorEngineBenchmark {

    private static final int IN_FLIGHT = EngineBenchmark.IN_FLIGHT;

    private final CamundaClient client;
    private final int measured;
    private final Duration warmUp;

    AnchorEngineBenchmark(CamundaClient client, int measured, Duration warmUp) {
        this.client = client;
        this.measured = measured;
        this.warmUp = warmUp;
    }

    /** Starts one instance under a tag; its completion is reported to {@link Completions} under the same tag. */
    private interface Starter {
        void start(String tag);
    }

    void run() throws InterruptedException {
        runSimple();
        runClaim();
    }

    private void runSimple() throws InterruptedException {
        String pid = "anchor-simple";
        deploy(Bpmn.createExecutableProcess(pid).startEvent().serviceTask("work", t -> t.zeebeJobType("anchor-work"))
                .endEvent().done(), pid);
        Completions completions = new Completions();
        try (JobWorker work = worker("anchor-work", job -> { })) {
            Starter starter = tag -> {
                completions.started(tag);
                client.newCreateInstanceCommand().bpmnProcessId(pid).latestVersion().withResult()
                        .requestTimeout(Duration.ofSeconds(60)).send().toCompletableFuture()
                        .whenComplete((r, e) -> completions.done(tag));
            };
            closedLoop("simple (start -> work -> end)", starter, completions);
        }
    }

    private void runClaim() throws InterruptedException {
        String pid = "anchor-claim";
        deploy(claimShape(pid), pid);
        Completions completions = new Completions();
        Consumer<ActivatedJob> decide = job -> publish(String.valueOf(job.getCustomHeaders().get("answers")), job);
        try (JobWorker locate = worker("locate", job -> { });
             JobWorker statements = worker("find-statements", job -> { });
             JobWorker openReview = worker("open-review", decide);
             JobWorker publishVerdict = worker("publish", job -> completions.done((String) job.getVariablesAsMap().get("claimId")))) {
            Starter starter = tag -> {
                completions.started(tag);
                client.newPublishMessageCommand().messageName("claim-submitted").correlationKey(tag).messageId(tag)
                        .variables(Map.of("claimId", tag, "approved", true)).send();
            };
            double rate = closedLoop("claim (message start, fork, 3 reviews with message waits, join, gateway)", starter, completions);
            openLoop("claim at half that rate", starter, completions, rate / 2);
        }
    }

    /** start -> locate -> fork [open-review-a -> decided-a] [find-statements -> open-review-b -> decided-b] -> join -> open-signoff -> signoff -> approved? -> publish. */
    static BpmnModelInstance claimShape(String pid) {
        return Bpmn.createExecutableProcess(pid)
                .startEvent("submitted").message(m -> m.name("claim-submitted"))
                .serviceTask("locate", t -> t.zeebeJobType("locate"))
                .parallelGateway("fork")
                .serviceTask("open-review-a", t -> t.zeebeJobType("open-review").zeebeTaskHeader("answers", "decided-a"))
                .intermediateCatchEvent("await-a").message(m -> m.name("decided-a").zeebeCorrelationKeyExpression("claimId"))
                .parallelGateway("join")
                .serviceTask("open-signoff", t -> t.zeebeJobType("open-review").zeebeTaskHeader("answers", "signoff"))
                .intermediateCatchEvent("await-signoff").message(m -> m.name("signoff").zeebeCorrelationKeyExpression("claimId"))
                .exclusiveGateway("approved")
                .condition("yes", "=approved = true").serviceTask("publish", t -> t.zeebeJobType("publish")).endEvent("published")
                .moveToLastExclusiveGateway().defaultFlow().endEvent("not-published")
                .moveToNode("fork")
                .serviceTask("find-statements", t -> t.zeebeJobType("find-statements"))
                .serviceTask("open-review-b", t -> t.zeebeJobType("open-review").zeebeTaskHeader("answers", "decided-b"))
                .intermediateCatchEvent("await-b").message(m -> m.name("decided-b").zeebeCorrelationKeyExpression("claimId"))
                .connectTo("join")
                .done();
    }

    /** Keeps IN_FLIGHT instances running: a warm-up, then the measured completions. Answers the measured rate. */
    private double closedLoop(String what, Starter starter, Completions completions) throws InterruptedException {
        Semaphore window = new Semaphore(IN_FLIGHT);
        completions.onDone = window::release;
        AtomicLong seq = new AtomicLong();
        long warmUntil = System.nanoTime() + warmUp.toNanos();
        while (System.nanoTime() < warmUntil) {
            window.acquire();
            starter.start(what.charAt(0) + "-w-" + seq.incrementAndGet());
        }
        window.acquire(IN_FLIGHT);
        window.release(IN_FLIGHT);
        completions.reset();
        long begin = System.nanoTime();
        for (int i = 0; i < measured; i++) {
            window.acquire();
            starter.start(what.charAt(0) + "-m-" + seq.incrementAndGet());
        }
        window.acquire(IN_FLIGHT);
        window.release(IN_FLIGHT);
        double seconds = (System.nanoTime() - begin) / 1e9;
        return report(what + ", " + IN_FLIGHT + " in flight", completions, seconds);
    }

    /** Starts instances at a fixed rate, whatever their completions, and times each. */
    private void openLoop(String what, Starter starter, Completions completions, double perSecond) throws InterruptedException {
        Semaphore finished = new Semaphore(0);
        completions.onDone = finished::release;
        completions.reset();
        int n = Math.max(1, measured / 2);
        long interval = (long) (1e9 / perSecond);
        long begin = System.nanoTime();
        for (int i = 0; i < n; i++) {
            long due = begin + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) TimeUnit.NANOSECONDS.sleep(wait);
            starter.start("o-" + i + "-" + begin);
        }
        finished.acquire(n);
        report(what + String.format(" (%.0f /s offered)", perSecond), completions, (System.nanoTime() - begin) / 1e9);
    }

    private double report(String what, Completions completions, double seconds) {
        Histogram h = completions.latencies.getIntervalHistogram();
        double rate = h.getTotalCount() / seconds;
        System.out.printf("%-92s %7d in %6.2f s = %6.0f /s  p50 %6.1f ms  p99 %6.1f ms  max %6.1f ms%n", what,
                h.getTotalCount(), seconds, rate, h.getValueAtPercentile(50) / 1e3, h.getValueAtPercentile(99) / 1e3,
                h.getMaxValue() / 1e3);
        return rate;
    }

    private void publish(String message, ActivatedJob job) {
        client.newPublishMessageCommand().messageName(message).correlationKey((String) job.getVariablesAsMap().get("claimId"))
                .timeToLive(Duration.ofMinutes(1)).send();
    }

    private void deploy(BpmnModelInstance model, String pid) {
        client.newDeployResourceCommand().addProcessModel(model, pid + ".bpmn").send().join();
    }

    private JobWorker worker(String type, Consumer<ActivatedJob> after) {
        return EngineBenchmark.worker(client, type, after);
    }

    /** Start times by tag and the latency of each completion, in microseconds. */
    private static final class Completions {
        final Map<String, Long> startedAt = new ConcurrentHashMap<>();
        final Recorder latencies = new Recorder(3);
        volatile Runnable onDone = () -> { };

        void started(String tag) {
            startedAt.put(tag, System.nanoTime());
        }

        void done(String tag) {
            Long start = startedAt.remove(tag);
            if (start == null) return;
            latencies.recordValue(Math.max(1, (System.nanoTime() - start) / 1000));
            onDone.run();
        }

        void reset() {
            latencies.getIntervalHistogram();
        }
    }
}
