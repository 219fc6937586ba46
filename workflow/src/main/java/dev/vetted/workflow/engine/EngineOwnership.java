package dev.vetted.workflow.engine;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Only one engine may work on a database's state: two would both fire the same timers and hand
 * out the same jobs. The engine holds a PostgreSQL session lock for as long as it runs, so a
 * second one (another app replica with an embedded engine, or a second `./vetted engine`) is
 * refused at start instead of corrupting the first one's work.
 */
final class EngineOwnership implements AutoCloseable {

    /** The advisory lock key; PostgreSQL releases it when the holding session ends, even by a crash. */
    private static final long LOCK = 7413;

    private final Connection connection;

    private EngineOwnership(Connection connection) {
        this.connection = connection;
    }

    static EngineOwnership claim(DataSource dataSource) {
        Connection c = null;
        try {
            c = dataSource.getConnection();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select pg_try_advisory_lock(" + LOCK + ")")) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    throw new IllegalStateException("another process already runs the workflow engine on this database;"
                            + " only one may (the app's embedded engine or ./vetted engine). Start further app replicas with"
                            + " vetted.zeebe.embedded=false and vetted.zeebe.gateway-address pointing at that engine");
                }
            }
            return new EngineOwnership(c);
        } catch (SQLException e) {
            closeQuietly(c);
            throw new IllegalStateException("the engine could not reach its database: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    @Override
    public void close() {
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection c) {
        if (c == null) return;
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing ends the session, and with it the lock, either way
        }
    }
}
