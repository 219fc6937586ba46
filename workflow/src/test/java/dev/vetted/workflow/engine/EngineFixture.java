package dev.vetted.workflow.engine;

import dev.vetted.workflow.engine.gateway.EngineServer;
import io.camunda.client.CamundaClient;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;

/**
 * A real PostgreSQL, the engine serving the gateway protocol on a free port, and the real
 * Camunda client connected to it over gRPC, as an application would be.
 */
final class EngineFixture implements AutoCloseable {

    final EmbeddedPostgres postgres;
    EngineServer server;
    CamundaClient client;

    EngineFixture() {
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        startEngine();
    }

    DataSource dataSource() {
        return postgres.getPostgresDatabase();
    }

    void startEngine() {
        server = EngineServer.start(dataSource(), "127.0.0.1", 0);
        client = client(server.port());
    }

    /** Stops the engine and the client as a crash would: whatever was acknowledged must survive. */
    void restartEngine() {
        client.close();
        server.close();
        startEngine();
    }

    static CamundaClient client(int port) {
        return CamundaClient.newClientBuilder()
                .grpcAddress(URI.create("http://127.0.0.1:" + port))
                .restAddress(URI.create("http://127.0.0.1:" + port))
                .preferRestOverGrpc(false)
                .applyEnvironmentVariableOverrides(false)
                .defaultRequestTimeout(Duration.ofSeconds(15))
                .build();
    }

    /** Stops and starts the engine at the same address, keeping the client: as a client sees a gateway restart. */
    void restartEngineInPlace() {
        int port = server.port();
        server.close();
        server = EngineServer.start(dataSource(), "127.0.0.1", port);
    }

    Engine engine() {
        return server.engine();
    }

    @Override
    public void close() throws IOException {
        client.close();
        server.close();
        postgres.close();
    }
}
