package dev.vetted.web;

import dev.vetted.workflow.zeebe.ZeebeGateway;
import io.camunda.client.CamundaClient;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The app's embedded engine is reachable by a Camunda client of its own, as an outside program would use it. */
@QuarkusTest
class EmbeddedEngineTest {

    @Inject
    ZeebeGateway gateway;

    @Test
    void anOutsideClientDeploysAndRunsAProcessOnTheAppsEngine() {
        URI address = URI.create(gateway.address());
        try (CamundaClient outside = CamundaClient.newClientBuilder().grpcAddress(address).restAddress(address)
                .preferRestOverGrpc(false).applyEnvironmentVariableOverrides(false).build()) {
            outside.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess("outside").startEvent()
                    .serviceTask("t", t -> t.zeebeJobType("outside-work")).endEvent().done(), "outside.bpmn").send().join();
            var result = outside.newCreateInstanceCommand().bpmnProcessId("outside").latestVersion()
                    .variables(Map.of("n", 1)).withResult().requestTimeout(Duration.ofSeconds(20)).send().toCompletableFuture();
            var job = outside.newActivateJobsCommand().jobType("outside-work").maxJobsToActivate(1)
                    .requestTimeout(Duration.ofSeconds(10)).send().join().getJobs().get(0);
            outside.newCompleteCommand(job.getKey()).variables(Map.of("n", 2)).send().join();
            assertThat(result.join().getVariablesAsMap()).containsEntry("n", 2);
        }
    }

    /**
     * The embedded gateway has no authentication, so it listens on loopback only: from any other
     * address of this machine its port is closed.
     */
    @Test
    void theEmbeddedGatewayListensOnLoopbackOnly() throws Exception {
        URI address = URI.create(gateway.address());
        assertThat(java.net.InetAddress.getByName(address.getHost()).isLoopbackAddress()).as(address.toString()).isTrue();
        java.net.InetAddress outward = null;
        for (var nic : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) continue;
            for (var a : java.util.Collections.list(nic.getInetAddresses())) {
                if (a instanceof java.net.Inet4Address) outward = a;
            }
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(outward != null, "this machine has no address but loopback");
        java.net.InetAddress target = outward;
        try (java.net.Socket socket = new java.net.Socket()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> socket.connect(new java.net.InetSocketAddress(target, address.getPort()), 2000))
                    .isInstanceOf(java.io.IOException.class);
        }
    }
}
