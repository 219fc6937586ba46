package dev.vetted.workflow.engine;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.response.DeploymentEvent;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.grpc.Status;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the engine tests share: one engine with its PostgreSQL and client per test class, and the
 * few things every test does through the client (deploy, activate jobs, read the gRPC status of
 * a refusal) or asks the engine directly (where an instance waits, its incidents and variables).
 */
abstract class EngineTestSupport {

    static EngineFixture fixture;

    @BeforeAll
    static void startEngine() {
        fixture = new EngineFixture();
    }

    @AfterAll
    static void stopEngine() throws Exception {
        fixture.close();
    }

    /** The current client: a test that restarts the engine gets a new one. */
    static CamundaClient client() {
        return fixture.client;
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static DeploymentEvent deploy(BpmnModelInstance model, String name) {
        return client().newDeployResourceCommand().addProcessModel(model, name + ".bpmn").send().join();
    }

    static List<ActivatedJob> activate(String type, int max, Duration wait) {
        return client().newActivateJobsCommand().jobType(type).maxJobsToActivate(max)
                .timeout(Duration.ofMinutes(1)).requestTimeout(wait).send().join().getJobs();
    }

    static List<ActivatedJob> activate(String type, int max) {
        return activate(type, max, Duration.ofSeconds(5));
    }

    static ActivatedJob activateOne(String type) {
        List<ActivatedJob> jobs = activate(type, 1);
        assertThat(jobs).as("a job of type " + type).hasSize(1);
        return jobs.get(0);
    }

    static Status.Code code(Throwable e) {
        Throwable t = e;
        while (t != null && !(t instanceof ClientStatusException)) t = t.getCause();
        assertThat(t).as("a gRPC status error").isNotNull();
        return ((ClientStatusException) t).getStatusCode();
    }

    @SuppressWarnings("unchecked")
    static List<String> waitingAt(long instanceKey) {
        return (List<String>) fixture.engine().describeInstance(instanceKey).join().get("waitingAt");
    }

    @SuppressWarnings("unchecked")
    static List<String> incidents(long instanceKey) {
        return (List<String>) fixture.engine().describeInstance(instanceKey).join().get("incidents");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> instanceVariables(long instanceKey) {
        return (Map<String, Object>) fixture.engine().describeInstance(instanceKey).join().get("variables");
    }

    static boolean running(long instanceKey) {
        return fixture.engine().describeInstance(instanceKey).join() != null;
    }
}
