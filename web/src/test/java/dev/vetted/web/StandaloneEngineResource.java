package dev.vetted.web;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** A standalone engine process (what `./vetted engine` runs) on a database of its own. */
public class StandaloneEngineResource implements QuarkusTestResourceLifecycleManager {

    // one engine process per test run; tests stop and start it to see the app ride out an outage
    private static EmbeddedPostgres postgres;
    private static Process engine;
    private static int port;

    @Override
    public Map<String, String> start() {
        try {
            postgres = EmbeddedPostgres.builder().start();
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            startEngine();
            return Map.of("vetted.zeebe.embedded", "false",
                    "vetted.zeebe.gateway-address", "http://127.0.0.1:" + port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the engine process on its database (again) and waits until it listens. */
    public static void startEngine() throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "dev.vetted.workflow.engine.gateway.StandaloneEngine")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(new File("target/standalone-engine.log")));
        builder.environment().put("VETTED_ENGINE_JDBC_URL", postgres.getJdbcUrl("postgres", "postgres"));
        builder.environment().put("VETTED_ENGINE_PORT", String.valueOf(port));
        engine = builder.start();
        awaitListening(port);
    }

    /** Kills the engine process outright, as a crash would. */
    public static void killEngine() throws InterruptedException {
        engine.destroyForcibly().waitFor();
    }

    private static void awaitListening(int port) throws IOException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            if (!engine.isAlive()) throw new IOException("the standalone engine exited with " + engine.exitValue());
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                try {
                    engine.waitFor(100, java.util.concurrent.TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                }
            }
        }
        throw new IOException("the standalone engine did not listen on port " + port + " within 60 s");
    }

    @Override
    public void stop() {
        if (engine != null && engine.isAlive()) {
            engine.destroy();
            try {
                engine.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            if (postgres != null) postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
