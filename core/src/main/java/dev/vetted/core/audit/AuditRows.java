package dev.vetted.core.audit;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.format.DateTimeFormatter;
import javax.sql.DataSource;

/**
 * Reading the audit table for hashing and export: every event in sequence order through one
 * database cursor, each row in its canonical form. Every path that hashes events reads them here.
 */
final class AuditRows {

    private static final int FETCH = 2000;

    private AuditRows() {
    }

    /** What to do with each row of the cursor; false stops the scan. */
    @FunctionalInterface
    interface RowHandler {
        boolean handle(ResultSet rs) throws SQLException;
    }

    /** Streams every event in sequence order with a database cursor, so memory stays flat. */
    static void query(DataSource dataSource, RowHandler handler) {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try (Statement session = c.createStatement()) {
                // timestamps come as text in one fixed shape, turned into ISO-8601 without date objects
                session.execute("set local timezone = 'UTC'");
                session.execute("set local datestyle = 'ISO, YMD'");
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "select seq, at, actor_subject, actor_name, action, claim_id::text, data from audit_event order by seq")) {
                ps.setFetchSize(FETCH);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (!handler.handle(rs)) break;
                    }
                }
            } finally {
                c.rollback();
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the audit trail could not be read: " + e.getMessage(), e);
        }
    }

    static String at(ResultSet rs) throws SQLException {
        String at = IsoInstant.fromPostgres(rs.getString(2));
        return at != null ? at : DateTimeFormatter.ISO_INSTANT.format(rs.getTimestamp(2).toInstant());
    }

    static AuditRow row(ResultSet rs, String at) throws SQLException {
        return new AuditRow(rs.getLong(1), at, rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7));
    }

    /**
     * The canonical form of the cursor's current event, from the columns' UTF-8 bytes as they come
     * from the server. AuditLog (the table's only writer) stores `data` already canonical, so it is
     * spliced in as it is; data in any other shape is parsed and written canonically instead.
     * Every path that hashes events goes through here, so exports and checkpoints always agree.
     */
    static byte[] canonical(ResultSet rs, String at, CanonicalBytes writer) throws SQLException {
        byte[] canonical = writer.event(rs.getLong(1), at, rs.getBytes(3), rs.getBytes(4), rs.getBytes(5),
                rs.getBytes(6), rs.getBytes(7));
        return canonical != null ? canonical : CanonicalJson.of(row(rs, at).event()).getBytes(StandardCharsets.UTF_8);
    }
}
