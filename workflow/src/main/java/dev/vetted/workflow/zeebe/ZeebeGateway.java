package dev.vetted.workflow.zeebe;

import dev.vetted.workflow.engine.gateway.EngineServer;
import io.agroal.api.AgroalDataSource;
import io.camunda.client.CamundaClient;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import org.jboss.logging.Logger;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Where the application's Zeebe client points. By default the app runs the embedded engine on
 * the app's own database and connects to it over gRPC on localhost, exactly as it would to a
 * Camunda 8 cluster; with vetted.zeebe.embedded=false it connects to the configured gateway.
 */
@ApplicationScoped
public class ZeebeGateway {

    private static final Logger LOG = Logger.getLogger(ZeebeGateway.class);

    private final boolean embedded;
    private final String host;
    private final int port;
    private final Optional<String> gatewayAddress;
    private final AgroalDataSource dataSource;

    private EngineServer server;
    private CamundaClient client;

    public ZeebeGateway(ZeebeSettings settings, AgroalDataSource dataSource) {
        this.embedded = settings.embedded();
        this.host = settings.embeddedHost();
        this.port = settings.embeddedPort();
        this.gatewayAddress = settings.gatewayAddress().filter(s -> !s.isBlank());
        this.dataSource = dataSource;
    }

    void start(@Observes @Priority(10) StartupEvent event) {
        if (embedded) {
            server = EngineServer.start(dataSource, host, port);
            LOG.infof("Embedded Zeebe-protocol engine listening on %s:%d", host, server.port());
        } else if (gatewayAddress.isEmpty()) {
            throw new IllegalStateException("vetted.zeebe.embedded=false needs vetted.zeebe.gateway-address (e.g. http://zeebe-gateway:26500)");
        }
    }

    void stop(@Observes ShutdownEvent event) {
        if (client != null) client.close();
        if (server != null) server.close();
    }

    /** The gateway address the client uses, e.g. http://127.0.0.1:26500. */
    public String address() {
        return embedded ? server.address() : gatewayAddress.orElseThrow();
    }

    public boolean isEmbedded() {
        return embedded;
    }

    /** The engine running in this process, for its gauges; empty when the app uses a gateway elsewhere. */
    public java.util.Optional<dev.vetted.workflow.engine.Engine> embeddedEngine() {
        return embedded && server != null ? java.util.Optional.of(server.engine()) : java.util.Optional.empty();
    }

    @Produces
    @ApplicationScoped
    CamundaClient client() {
        URI address = URI.create(address());
        client = CamundaClient.newClientBuilder()
                .grpcAddress(address)
                // the REST address is required by the builder but unused: every command goes over gRPC
                .restAddress(address)
                .preferRestOverGrpc(false)
                // settings come from Vetted's configuration, not from CAMUNDA_* variables around the process
                .applyEnvironmentVariableOverrides(false)
                .defaultRequestTimeout(Duration.ofSeconds(20))
                .build();
        return client;
    }
}
