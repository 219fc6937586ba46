package dev.vetted.workflow.engine.gateway;

import org.postgresql.ds.PGSimpleDataSource;

import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The engine as a process of its own, like a Zeebe gateway: `java ... StandaloneEngine`.
 * Settings come from the environment: VETTED_ENGINE_JDBC_URL (required), VETTED_ENGINE_DB_USER,
 * VETTED_ENGINE_DB_PASSWORD, VETTED_ENGINE_HOST (127.0.0.1), VETTED_ENGINE_PORT (26500).
 */
public final class StandaloneEngine {

    private StandaloneEngine() {
    }

    public static void main(String[] args) throws InterruptedException {
        // outside Quarkus every log level starts enabled; the driver would build a record per value read
        java.util.logging.Logger.getLogger("org.postgresql").setLevel(java.util.logging.Level.INFO);
        Map<String, String> env = System.getenv();
        String url = env.get("VETTED_ENGINE_JDBC_URL");
        if (url == null || url.isBlank()) {
            System.err.println("vetted engine: set VETTED_ENGINE_JDBC_URL to the PostgreSQL database that keeps the engine's state");
            System.exit(2);
        }
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        dataSource.setUser(env.getOrDefault("VETTED_ENGINE_DB_USER", "postgres"));
        dataSource.setPassword(env.getOrDefault("VETTED_ENGINE_DB_PASSWORD", "postgres"));
        String host = env.getOrDefault("VETTED_ENGINE_HOST", "127.0.0.1");
        int port = Integer.parseInt(env.getOrDefault("VETTED_ENGINE_PORT", "26500"));
        serve(dataSource, host, port);
    }

    /** Serves until the process is told to stop; prints one line a script can wait for. */
    public static void serve(javax.sql.DataSource dataSource, String host, int port) throws InterruptedException {
        EngineServer server;
        try {
            server = EngineServer.start(dataSource, host, port);
        } catch (RuntimeException e) {
            System.err.println("vetted engine: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "vetted-engine-stop"));
        System.out.println("Zeebe gateway protocol listening on " + host + ":" + server.port());
        System.out.flush();
        stopped.await();
    }
}
