package dev.vetted.workflow.engine;

import io.camunda.client.api.worker.JobWorker;
import io.camunda.zeebe.gateway.protocol.GatewayGrpc;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** StreamActivatedJobs: jobs pushed to open streams, driven by a raw gRPC stub and by the Java client's streaming worker. */
class JobStreamTest extends EngineTestSupport {

    static ManagedChannel channel;

    @BeforeAll
    static void openChannel() {
        channel = NettyChannelBuilder.forAddress("127.0.0.1", fixture.server.port()).usePlaintext().build();
    }

    @AfterAll
    static void closeChannel() {
        channel.shutdownNow();
    }

    static void deployOneTask(String pid) {
        client().newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess(pid).startEvent()
                .serviceTask("work", t -> t.zeebeJobType(pid)).endEvent().done(), pid + ".bpmn").send().join();
    }

    static long startInstance(String pid, Map<String, Object> variables) {
        return client().newCreateInstanceCommand().bpmnProcessId(pid).latestVersion().variables(variables).send().join()
                .getProcessInstanceKey();
    }

    /** A raw stream: what it received, how it ended, and a handle to cancel it. */
    static final class Stream implements ClientResponseObserver<GatewayOuterClass.StreamActivatedJobsRequest, GatewayOuterClass.ActivatedJob> {
        final ConcurrentLinkedQueue<GatewayOuterClass.ActivatedJob> jobs = new ConcurrentLinkedQueue<>();
        final AtomicReference<Throwable> error = new AtomicReference<>();
        ClientCallStreamObserver<GatewayOuterClass.StreamActivatedJobsRequest> call;

        @Override
        public void beforeStart(ClientCallStreamObserver<GatewayOuterClass.StreamActivatedJobsRequest> requestStream) {
            call = requestStream;
        }

        @Override
        public void onNext(GatewayOuterClass.ActivatedJob job) {
            jobs.add(job);
        }

        @Override
        public void onError(Throwable t) {
            error.set(t);
        }

        @Override
        public void onCompleted() {
        }
    }

    static Stream open(String type, String worker, List<String> fetch) {
        Stream stream = new Stream();
        GatewayGrpc.newStub(channel).streamActivatedJobs(GatewayOuterClass.StreamActivatedJobsRequest.newBuilder()
                .setType(type).setWorker(worker).setTimeout(60_000).addAllFetchVariable(fetch).build(), stream);
        return stream;
    }

    @Test
    void aJobIsPushedToAnOpenStreamWithTheStreamsWorkerTimeoutAndVariables() {
        String pid = unique("streamed");
        deployOneTask(pid);
        int before = fixture.engine().openJobStreams().join();
        Stream stream = open(pid, "desk-streamer", List.of("claimId"));
        await().atMost(Duration.ofSeconds(5)).until(() -> fixture.engine().openJobStreams().join() == before + 1);
        long instance = startInstance(pid, Map.of("claimId", "c-7", "internalNote", "not for the worker"));

        await().atMost(Duration.ofSeconds(5)).until(() -> !stream.jobs.isEmpty());
        GatewayOuterClass.ActivatedJob job = stream.jobs.peek();
        assertThat(job.getWorker()).isEqualTo("desk-streamer");
        assertThat(job.getDeadline()).isGreaterThan(System.currentTimeMillis() + 30_000);
        assertThat(job.getVariables()).contains("c-7").doesNotContain("internalNote");
        client().newCompleteCommand(job.getKey()).send().join();
        await().atMost(Duration.ofSeconds(5)).until(() -> !running(instance));
        stream.call.cancel("done", null);
    }

    @Test
    void afterAStreamIsCancelledItsTypesJobsWaitForOtherWorkers() {
        String pid = unique("cancelled-stream");
        deployOneTask(pid);
        Stream stream = open(pid, "leaving", List.of());
        await().atMost(Duration.ofSeconds(5)).until(() -> fixture.engine().openJobStreams().join() >= 1);
        stream.call.cancel("the worker stops", null);
        long instance = startInstance(pid, Map.of());
        var polled = client().newActivateJobsCommand().jobType(pid).maxJobsToActivate(1).timeout(Duration.ofMinutes(1))
                .requestTimeout(Duration.ofSeconds(5)).send().join().getJobs();
        assertThat(polled).hasSize(1);
        assertThat(stream.jobs).isEmpty();
        client().newCompleteCommand(polled.get(0).getKey()).send().join();
        await().atMost(Duration.ofSeconds(5)).until(() -> !running(instance));
    }

    @Test
    void aStreamWithoutAJobTypeIsRefused() {
        Stream stream = open("", "nobody", List.of());
        await().atMost(Duration.ofSeconds(5)).until(() -> stream.error.get() != null);
        assertThat(stream.error.get()).isInstanceOf(StatusRuntimeException.class);
        assertThat(((StatusRuntimeException) stream.error.get()).getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    }

    @Test
    void theJavaClientsStreamingWorkerGetsJobsWithoutWaitingForItsPollInterval() {
        String pid = unique("java-stream");
        deployOneTask(pid);
        ConcurrentLinkedQueue<Long> handled = new ConcurrentLinkedQueue<>();
        int before = fixture.engine().openJobStreams().join();
        try (JobWorker worker = client().newWorker().jobType(pid).handler((jobClient, job) -> {
                    jobClient.newCompleteCommand(job.getKey()).send().join();
                    handled.add(job.getProcessInstanceKey());
                }).name("java-streamer").streamEnabled(true).pollInterval(Duration.ofHours(1))
                .requestTimeout(Duration.ofMillis(1)).open()) {
            await().atMost(Duration.ofSeconds(10)).until(() -> fixture.engine().openJobStreams().join() == before + 1);
            for (int i = 0; i < 3; i++) {
                long instance = startInstance(pid, Map.of());
                await().atMost(Duration.ofSeconds(5)).until(() -> handled.contains(instance));
            }
            assertThat(worker.isOpen()).isTrue();
        }
    }

    @Test
    void aStreamingWorkerStreamsAgainAfterTheEngineRestarts() {
        String pid = unique("restarted-stream");
        deployOneTask(pid);
        ConcurrentLinkedQueue<Long> handled = new ConcurrentLinkedQueue<>();
        try (JobWorker worker = client().newWorker().jobType(pid).handler((jobClient, job) -> {
                    jobClient.newCompleteCommand(job.getKey()).send().join();
                    handled.add(job.getProcessInstanceKey());
                }).name("survivor").streamEnabled(true).pollInterval(Duration.ofHours(1))
                .requestTimeout(Duration.ofMillis(1)).open()) {
            await().atMost(Duration.ofSeconds(10)).until(() -> fixture.engine().openJobStreams().join() >= 1);
            fixture.restartEngineInPlace();
            channel.shutdownNow();
            channel = NettyChannelBuilder.forAddress("127.0.0.1", fixture.server.port()).usePlaintext().build();
            await().atMost(Duration.ofSeconds(30)).until(() -> fixture.engine().openJobStreams().join() >= 1);
            long instance = startInstance(pid, Map.of());
            await().atMost(Duration.ofSeconds(10)).until(() -> handled.contains(instance));
        }
    }
}
