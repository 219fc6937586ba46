package dev.vetted.web;

import dev.vetted.workflow.zeebe.ZeebeGateway;
import io.camunda.client.CamundaClient;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

/** The app pointed at a gateway address instead of its embedded engine: the path to a Camunda 8 cluster. */
@QuarkusTest
@TestProfile(StandaloneEngineTest.Remote.class)
class StandaloneEngineTest {

    public static class Remote implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(StandaloneEngineResource.class));
        }
    }

    @Inject
    ZeebeGateway gateway;

    @Inject
    CamundaClient client;

    @Test
    void theAppsClientRunsProcessesOnTheStandaloneEngine() {
        assertThat(gateway.isEmbedded()).isFalse();
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.data.address", hasItem(gateway.address()));

        client.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess("remote").startEvent()
                .serviceTask("t", t -> t.zeebeJobType("remote-work")).endEvent().done(), "remote.bpmn").send().join();
        var result = client.newCreateInstanceCommand().bpmnProcessId("remote").latestVersion().withResult()
                .requestTimeout(Duration.ofSeconds(20)).send().toCompletableFuture();
        var job = client.newActivateJobsCommand().jobType("remote-work").maxJobsToActivate(1)
                .requestTimeout(Duration.ofSeconds(10)).send().join().getJobs().get(0);
        client.newCompleteCommand(job.getKey()).variables(Map.of("where", "standalone")).send().join();
        assertThat(result.join().getVariablesAsMap()).containsEntry("where", "standalone");
    }

    @Test
    void aDecisionMadeWhileTheEngineIsDownIsDeliveredWhenItIsBack() throws Exception {
        String claim = given().contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("text", "The ministry said 40 trucks of aid crossed on Sunday.", "speaker", "the ministry"))
                .post("/api/claims").then().statusCode(201).extract().path("id");
        String attribution = RoutingTest.awaitTask(claim, "ATTRIBUTION");
        String confirmation = RoutingTest.awaitTask(claim, "CONFIRMATION");

        StandaloneEngineResource.killEngine();
        RoutingTest.decide(attribution, Map.of("decision", "UNVERIFIABLE", "comment", "decided while the engine is down"));
        RoutingTest.decide(confirmation, Map.of("decision", "NO_RESPONSE"));
        given().get("/q/health/ready").then().statusCode(503);

        StandaloneEngineResource.startEngine();
        String signoff = RoutingTest.awaitTask(claim, "SIGNOFF");
        RoutingTest.decide(signoff, Map.of("decision", "APPROVE", "verdict", "UNPROVEN"));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> RoutingTest.status(claim).equals("PUBLISHED"));
    }
}
