package dev.vetted.workflow.engine;

import dev.vetted.workflow.engine.gateway.StandaloneEngine;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Instances in the middle of running survive a restart, including a kill -9 of an engine process. */
class EngineRestartTest {

    static final BpmnModelInstance MODEL = Bpmn.createExecutableProcess("restart").startEvent()
            .serviceTask("locate", t -> t.zeebeJobType("locate"))
            .receiveTask("review").message(m -> m.name("decided").zeebeCorrelationKeyExpression("claimId"))
            .intermediateCatchEvent("cool-off").timerWithDurationExpression("coolOff")
            .endEvent().done();

    EngineFixture fixture;
    Process engineProcess;

    @AfterEach
    void stop() throws Exception {
        if (engineProcess != null) engineProcess.destroyForcibly().waitFor();
        if (fixture != null) fixture.close();
    }

    @Test
    void deploymentsInstancesJobsMessagesAndTimersSurviveARestart() {
        fixture = new EngineFixture();
        CamundaClient client = fixture.client;
        client.newDeployResourceCommand().addProcessModel(MODEL, "restart.bpmn").send().join();

        long atJob = start(client, "c-job", "PT0S");
        ActivatedJob activatedBeforeCrash = client.newActivateJobsCommand().jobType("locate").maxJobsToActivate(1)
                .timeout(Duration.ofMillis(500)).send().join().getJobs().get(0);
        assertThat(activatedBeforeCrash.getProcessInstanceKey()).isEqualTo(atJob);

        long atMessage = start(client, "c-msg", "PT0S");
        completeLocate(client, atMessage);
        long atTimer = start(client, "c-timer", "PT1S");
        completeLocate(client, atTimer);
        client.newPublishMessageCommand().messageName("decided").correlationKey("c-timer").send().join();
        client.newPublishMessageCommand().messageName("decided").correlationKey("c-later")
                .timeToLive(Duration.ofMinutes(5)).send().join();

        fixture.restartEngine();
        client = fixture.client;

        // the job activated before the restart comes back once its timeout has passed
        ActivatedJob again = activateLocate(client);
        assertThat(again.getKey()).isEqualTo(activatedBeforeCrash.getKey());
        client.newCompleteCommand(again.getKey()).send().join();
        client.newPublishMessageCommand().messageName("decided").correlationKey("c-job").send().join();
        client.newPublishMessageCommand().messageName("decided").correlationKey("c-msg").send().join();
        // a message buffered before the restart still correlates with an instance started after it
        long later = start(client, "c-later", "PT0S");
        completeLocate(client, later);

        for (long instance : List.of(atJob, atMessage, atTimer, later)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> fixture.engine().describeInstance(instance).join() == null);
        }
        assertThat(fixture.engine().stats().join()).containsEntry("instances", 0).containsEntry("jobs", 0)
                .containsEntry("definitions", 1);
    }

    @Test
    void anEngineProcessKilledWithSigkillLosesNothingItAcknowledged() throws Exception {
        fixture = new EngineFixture();
        fixture.client.close();
        fixture.server.close();

        int port = freePort();
        engineProcess = startEngineProcess(port);
        List<Long> instances = new ArrayList<>();
        try (CamundaClient client = EngineFixture.client(port)) {
            client.newDeployResourceCommand().addProcessModel(MODEL, "restart.bpmn").send().join();
            for (int i = 0; i < 20; i++) instances.add(start(client, "k-" + i, "PT0.5S"));
            for (int i = 0; i < 10; i++) completeLocate(client, null);
        }
        engineProcess.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

        engineProcess = startEngineProcess(port);
        try (CamundaClient client = EngineFixture.client(port)) {
            for (int i = 0; i < 10; i++) completeLocate(client, null);
            for (int i = 0; i < 20; i++) {
                client.newPublishMessageCommand().messageName("decided").correlationKey("k-" + i).send().join();
            }
        }
        engineProcess.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        engineProcess = null;

        // read what the killed process left behind with an engine of our own on the same database
        fixture.startEngine();
        for (long instance : instances) {
            await().atMost(Duration.ofSeconds(10)).until(() -> fixture.engine().describeInstance(instance).join() == null);
        }
        assertThat(fixture.engine().stats().join()).containsEntry("instances", 0).containsEntry("jobs", 0);
    }

    private Process startEngineProcess(int port) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                StandaloneEngine.class.getName())
                .redirectErrorStream(true)
                .redirectOutput(new File("target/standalone-engine-" + port + ".log"));
        builder.environment().put("VETTED_ENGINE_JDBC_URL", fixture.postgres.getJdbcUrl("postgres", "postgres"));
        builder.environment().put("VETTED_ENGINE_PORT", String.valueOf(port));
        Process process = builder.start();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            try (CamundaClient probe = EngineFixture.client(port)) {
                return probe.newTopologyRequest().send().join().getBrokers().size() == 1;
            } catch (RuntimeException notYet) {
                return false;
            }
        });
        return process;
    }

    private static long start(CamundaClient client, String claimId, String coolOff) {
        return client.newCreateInstanceCommand().bpmnProcessId("restart").latestVersion()
                .variables(Map.of("claimId", claimId, "coolOff", coolOff)).send().join().getProcessInstanceKey();
    }

    private static ActivatedJob activateLocate(CamundaClient client) {
        List<ActivatedJob> jobs = client.newActivateJobsCommand().jobType("locate").maxJobsToActivate(1)
                .timeout(Duration.ofMinutes(1)).requestTimeout(Duration.ofSeconds(10)).send().join().getJobs();
        assertThat(jobs).hasSize(1);
        return jobs.get(0);
    }

    private static void completeLocate(CamundaClient client, Long expectedInstance) {
        ActivatedJob job = activateLocate(client);
        if (expectedInstance != null) assertThat(job.getProcessInstanceKey()).isEqualTo(expectedInstance);
        client.newCompleteCommand(job.getKey()).send().join();
    }

    private static int freePort() throws IOException {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
