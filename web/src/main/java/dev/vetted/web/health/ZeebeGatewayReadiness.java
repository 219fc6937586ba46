package dev.vetted.web.health;

import dev.vetted.workflow.zeebe.ZeebeGateway;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.Topology;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.time.Duration;

/** Not ready while the Zeebe gateway (embedded or remote) does not answer: routing would stall. */
@Readiness
@ApplicationScoped
public class ZeebeGatewayReadiness implements HealthCheck {

    private final CamundaClient client;
    private final ZeebeGateway gateway;

    public ZeebeGatewayReadiness(CamundaClient client, ZeebeGateway gateway) {
        this.client = client;
        this.gateway = gateway;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("Zeebe gateway").withData("address", gateway.address())
                .withData("embedded", gateway.isEmbedded());
        try {
            Topology topology = client.newTopologyRequest().requestTimeout(Duration.ofSeconds(2)).send().join();
            return response.withData("gatewayVersion", topology.getGatewayVersion()).up().build();
        } catch (RuntimeException e) {
            return response.withData("error", String.valueOf(e.getMessage())).down().build();
        }
    }
}
