package dev.vetted.core.audit;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a transaction's audit events at its very end, just before it commits.
 *
 * <p>Events must take their sequence numbers in the order they commit, so that every reader sees
 * a prefix of the log and every checkpoint extends the one before; that needs one writer at a
 * time. Taking that lock where an action is recorded held it across the rest of the action's
 * work (and, on a busy machine, across every wait for a CPU in between): under 50 reviewers,
 * half of what PostgreSQL was doing was waiting for it. Here the lock is taken by the insert
 * itself, after everything else in the transaction was flushed, so it is held only for the
 * insert and the commit, which PostgreSQL already orders for the change notices anyway.
 */
@ApplicationScoped
public class AuditAppends {

    private static final String KEY = AuditAppends.class.getName();
    // the lock is taken inside the insert statement, so taking it and inserting is one round trip
    private static final String INSERT = "with one_writer as (select pg_advisory_xact_lock(7412))"
            + " insert into audit_event (at, actor_subject, actor_name, action, claim_id, data)"
            + " select ?, ?, ?, ?, ?, ? from one_writer";

    private final TransactionSynchronizationRegistry transactions;
    private final DataSource dataSource;

    public AuditAppends(TransactionSynchronizationRegistry transactions, DataSource dataSource) {
        this.transactions = transactions;
        this.dataSource = dataSource;
    }

    /** Queues the event to be written when the current transaction commits (with it, or not at all). */
    void add(AuditEvent event) {
        @SuppressWarnings("unchecked")
        List<AuditEvent> pending = (List<AuditEvent>) transactions.getResource(KEY);
        if (pending == null) {
            pending = new ArrayList<>();
            transactions.putResource(KEY, pending);
            List<AuditEvent> events = pending;
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) write(events);
                }

                @Override
                public void afterCompletion(int status) {
                }
            });
        }
        pending.add(event);
    }

    private void write(List<AuditEvent> events) {
        // the action's own changes go first, so the lock below is held for as little as possible
        Panache.getEntityManager().flush();
        // within a transaction the pool hands out the connection the transaction already uses
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(INSERT)) {
            for (AuditEvent e : events) {
                insert.setTimestamp(1, Timestamp.from(e.at));
                insert.setString(2, e.actorSubject);
                insert.setString(3, e.actorName);
                insert.setString(4, e.action);
                if (e.claimId == null) insert.setNull(5, Types.OTHER);
                else insert.setObject(5, e.claimId);
                insert.setString(6, e.data);
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            // thrown from beforeCompletion, this rolls the whole action back: no change without its record
            throw new IllegalStateException("the audit trail could not be written: " + e.getMessage(), e);
        }
    }
}
