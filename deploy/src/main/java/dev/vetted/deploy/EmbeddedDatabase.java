package dev.vetted.deploy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL from Maven Central's binaries, its data in a folder of ours so that it survives
 * restarts. The binaries' defaults trade durability for speed (fsync off); a newsroom's desk must
 * not lose a committed decision in a crash, so those are switched back on here.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "vetted";

    private final EmbeddedPostgres postgres;
    private final int port;

    private EmbeddedDatabase(EmbeddedPostgres postgres, int port) {
        this.postgres = postgres;
        this.port = port;
    }

    public static EmbeddedDatabase start(Path dataDirectory, int port) throws IOException, SQLException {
        Path absolute = dataDirectory.toAbsolutePath().normalize();
        if (absolute.startsWith(Path.of("/tmp/embedded-pg"))) {
            // the binaries' own unpack folder is cleaned of stale entries on every start
            throw new IllegalArgumentException("the database folder must not lie inside /tmp/embedded-pg: " + absolute);
        }
        Files.createDirectories(absolute);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(absolute)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("max_connections", "200")
                .start();
        EmbeddedDatabase database = new EmbeddedDatabase(postgres, port);
        database.createDatabaseIfMissing();
        return database;
    }

    public int port() {
        return port;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }

    public String username() {
        return "postgres";
    }

    public Connection connect() throws SQLException {
        return postgres.getDatabase("postgres", DATABASE).getConnection();
    }

    private void createDatabaseIfMissing() throws SQLException {
        createDatabaseIfMissing(DATABASE);
    }

    /** Creates another database in the same server (Keycloak keeps its own there). */
    public void createDatabaseIfMissing(String name) throws SQLException {
        if (!name.matches("[a-z_][a-z0-9_]*")) throw new IllegalArgumentException("not a plain database name: " + name);
        try (Connection c = postgres.getPostgresDatabase().getConnection();
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                if (rs.next()) return;
            }
            s.execute("create database " + name);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
