package dev.vetted.core.common;

import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Work that must run once across all app replicas sharing a database, not once per replica:
 * a PostgreSQL session lock named after the work guards it, and dies with the session, so a
 * replica that crashes while holding it does not block the others.
 */
@ApplicationScoped
public class ClusterLock {

    private final DataSource dataSource;

    public ClusterLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs the work unless another replica is running it now; returns whether it ran here. */
    public boolean runIfFree(String name, Runnable work) {
        return withLock(name, "pg_try_advisory_lock", () -> {
            work.run();
            return true;
        }, false);
    }

    /** Runs the work once no other replica holds the lock, waiting for it if need be. */
    public <T> T runExclusively(String name, Supplier<T> work) {
        return withLock(name, "pg_advisory_lock", work, null);
    }

    private <T> T withLock(String name, String function, Supplier<T> work, T whenTaken) {
        long key = key(name);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (PreparedStatement lock = c.prepareStatement("select " + function + "(?)::text")) {
                lock.setLong(1, key);
                try (ResultSet rs = lock.executeQuery()) {
                    rs.next();
                    // pg_advisory_lock returns void, pg_try_advisory_lock whether it got the lock
                    if ("false".equals(rs.getString(1))) return whenTaken;
                }
            }
            try {
                return work.get();
            } finally {
                try (PreparedStatement unlock = c.prepareStatement("select pg_advisory_unlock(?)")) {
                    unlock.setLong(1, key);
                    unlock.execute();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the database lock '" + name + "' could not be taken: " + e.getMessage(), e);
        }
    }

    /** A stable 64-bit key for the name, so every replica and release agrees on it. */
    static long key(String name) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(("vetted:" + name).getBytes(StandardCharsets.UTF_8));
            long k = 0;
            for (int i = 0; i < 8; i++) k = (k << 8) | (d[i] & 0xff);
            return k;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
