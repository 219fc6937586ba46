package dev.vetted.deploy;

import dev.vetted.workflow.engine.gateway.EngineServer;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobWorker;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import org.postgresql.ds.PGSimpleDataSource;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;

/**
 * `./vetted bench engine [instances]`: completed process instances per second on the embedded
 * engine, driven by the real Camunda client over gRPC, with PostgreSQL durable (fsync on) as in
 * `./vetted run`. Two shapes: start -> service task -> end, and the claim-routing shape (message
 * start, a task, two parallel branches each with a task and a message wait, join, a task); then the
 * two shapes of the BPMN anchor benchmark ({@link AnchorEngineBenchmark}) with per-instance latency.
 * Arguments: instances per run (20,000) and the anchor warm-up in seconds (60).
 */
public final class EngineBenchmark {

    static final int IN_FLIGHT = 256;

    private EngineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        DriverLogs.quiet();
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        Duration warmUp = Duration.ofSeconds(args.length > 1 ? Integer.parseInt(args[1]) : 60);
        Path dir = Files.createTempDirectory("vetted-bench");
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir.resolve("postgres"), freePort())) {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL(db.jdbcUrl());
            ds.setUser(db.username());
            ds.setPassword("postgres");
            try (EngineServer server = EngineServer.start(ds, "127.0.0.1", 0);
                 CamundaClient client = CamundaClient.newClientBuilder()
                         .grpcAddress(URI.create(server.address())).restAddress(URI.create(server.address()))
                         .preferRestOverGrpc(false).applyEnvironmentVariableOverrides(false)
                         .numJobWorkerExecutionThreads(8).defaultRequestTimeout(Duration.ofSeconds(60)).build()) {
                System.out.printf("machine: %d cores, JDK %s; PostgreSQL with fsync on; %d instances per run%n",
                        Runtime.getRuntime().availableProcessors(), Runtime.version(), n);
                simple(server, client, Math.min(n, 2000), "warm-up");
                simple(server, client, n, "simple");
                routing(server, client, Math.min(n, 2000), "warm-up");
                routing(server, client, n, "routing");
                sequential(client, Math.min(n, 2000));
                System.out.printf("BPMN anchor shapes: closed loop, %d s warm-up, then %d measured completions%n",
                        warmUp.toSeconds(), n);
                new AnchorEngineBenchmark(client, n, warmUp).run();
            }
        }
    }

    static void simple(EngineServer server, CamundaClient client, int n, String label) throws Exception {
        String pid = "bench-simple";
        BpmnModelInstance model = Bpmn.createExecutableProcess(pid).startEvent()
                .serviceTask("work", t -> t.zeebeJobType("bench-work")).endEvent().done();
        client.newDeployResourceCommand().addProcessModel(model, pid + ".bpmn").send().join();
        try (JobWorker worker = worker(client, "bench-work", null)) {
            long start = System.nanoTime();
            Semaphore window = new Semaphore(IN_FLIGHT);
            List<CompletableFuture<?>> sent = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                window.acquire();
                sent.add(client.newCreateInstanceCommand().bpmnProcessId(pid).latestVersion().send()
                        .toCompletableFuture().whenComplete((r, e) -> window.release()));
            }
            CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
            awaitIdle(server);
            report(label + " (start -> service task -> end)", n, System.nanoTime() - start);
        }
    }

    static void routing(EngineServer server, CamundaClient client, int n, String label) throws Exception {
        String pid = "bench-routing";
        BpmnModelInstance model = Bpmn.createExecutableProcess(pid)
                .startEvent("submitted").message(m -> m.name("bench-claim-submitted"))
                .serviceTask("locate", t -> t.zeebeJobType("bench-locate"))
                .parallelGateway("fork")
                .serviceTask("open-attribution", t -> t.zeebeJobType("bench-open").zeebeTaskHeader("step", "attribution"))
                .receiveTask("attribution").message(m -> m.name("bench-decided").zeebeCorrelationKeyExpression("claimId + \"/attribution\""))
                .parallelGateway("join")
                .serviceTask("signoff", t -> t.zeebeJobType("bench-locate"))
                .endEvent()
                .moveToNode("fork")
                .serviceTask("open-confirmation", t -> t.zeebeJobType("bench-open").zeebeTaskHeader("step", "confirmation"))
                .receiveTask("confirmation").message(m -> m.name("bench-decided").zeebeCorrelationKeyExpression("claimId + \"/confirmation\""))
                .connectTo("join")
                .done();
        client.newDeployResourceCommand().addProcessModel(model, pid + ".bpmn").send().join();
        String run = label + "-" + System.nanoTime();
        try (JobWorker locate = worker(client, "bench-locate", null);
             JobWorker open = worker(client, "bench-open", (job) -> client.newPublishMessageCommand()
                     .messageName("bench-decided")
                     .correlationKey(job.getVariablesAsMap().get("claimId") + "/" + job.getCustomHeaders().get("step"))
                     .timeToLive(Duration.ofMinutes(1)).send().join())) {
            long start = System.nanoTime();
            Semaphore window = new Semaphore(IN_FLIGHT);
            List<CompletableFuture<?>> sent = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                window.acquire();
                String claimId = run + "-" + i;
                sent.add(client.newPublishMessageCommand().messageName("bench-claim-submitted").correlationKey(claimId)
                        .messageId(claimId).variables(Map.of("claimId", claimId)).send()
                        .toCompletableFuture().whenComplete((r, e) -> window.release()));
            }
            CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
            awaitIdle(server);
            report(label + " (claim routing: message start, 2 parallel branches with message waits, join)", n,
                    System.nanoTime() - start);
        }
    }

    static void sequential(CamundaClient client, int n) {
        // a job type of its own: a closed worker's last long poll may still be open on the others
        String pid = "bench-sequential";
        client.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess(pid).startEvent()
                .serviceTask("work", t -> t.zeebeJobType(pid)).endEvent().done(), pid + ".bpmn").send().join();
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            client.newCreateInstanceCommand().bpmnProcessId(pid).latestVersion().send().join();
            var job = client.newActivateJobsCommand().jobType(pid).maxJobsToActivate(1)
                    .requestTimeout(Duration.ofSeconds(5)).send().join().getJobs().get(0);
            client.newCompleteCommand(job.getKey()).send().join();
        }
        report("sequential round trips (create, activate, complete; one at a time)", n, System.nanoTime() - start);
    }

    /** A worker that completes each job of the type, then does {@code after} with it (null: nothing). */
    static JobWorker worker(CamundaClient client, String type, Consumer<ActivatedJob> after) {
        return client.newWorker().jobType(type).handler((jobClient, job) -> {
                    jobClient.newCompleteCommand(job.getKey()).send().join();
                    if (after != null) after.accept(job);
                })
                .maxJobsActive(IN_FLIGHT)
                .pollInterval(Duration.ofMillis(10)).timeout(Duration.ofMinutes(1)).open();
    }

    private static void awaitIdle(EngineServer server) throws InterruptedException {
        while (server.engine().stats().join().get("instances") > 0) {
            Thread.sleep(5);
        }
    }

    private static void report(String what, int n, long nanos) {
        double seconds = nanos / 1e9;
        System.out.printf("%-95s %7d instances in %6.2f s = %8.0f /s%n", what, n, seconds, n / seconds);
    }

    private static int freePort() throws Exception {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
