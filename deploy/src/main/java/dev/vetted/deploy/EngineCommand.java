package dev.vetted.deploy;

import dev.vetted.workflow.engine.gateway.StandaloneEngine;
import org.postgresql.ds.PGSimpleDataSource;

import java.nio.file.Path;
import java.util.Map;

/**
 * `./vetted engine`: the Zeebe-protocol engine alone, as a standalone gateway. Its state goes to
 * VETTED_ENGINE_JDBC_URL when set, otherwise to an embedded PostgreSQL of its own under
 * ./data/engine-postgres (port VETTED_ENGINE_DB_PORT, 5434), apart from the app's database.
 */
public final class EngineCommand {

    private EngineCommand() {
    }

    public static void main(String[] args) throws Exception {
        DriverLogs.quiet();
        Map<String, String> env = System.getenv();
        if (env.containsKey("VETTED_ENGINE_JDBC_URL")) {
            StandaloneEngine.main(args);
            return;
        }
        Path home = Path.of(env.getOrDefault("VETTED_HOME", ".")).toAbsolutePath().normalize();
        Path data = Path.of(env.getOrDefault("VETTED_DATA", home.resolve("data").toString()));
        int dbPort = Integer.parseInt(env.getOrDefault("VETTED_ENGINE_DB_PORT", "5434"));
        EmbeddedDatabase database = EmbeddedDatabase.start(data.resolve("engine-postgres"), dbPort);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                database.close();
            } catch (Exception e) {
                System.err.println("vetted engine: PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }, "vetted-engine-db-stop"));
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(database.jdbcUrl());
        dataSource.setUser(database.username());
        dataSource.setPassword("postgres");
        StandaloneEngine.serve(dataSource, env.getOrDefault("VETTED_ENGINE_HOST", "127.0.0.1"),
                Integer.parseInt(env.getOrDefault("VETTED_ENGINE_PORT", "26500")));
    }
}
