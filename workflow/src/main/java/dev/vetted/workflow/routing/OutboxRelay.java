package dev.vetted.workflow.routing;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Sends the outbox to the engine, each domain event as the message the process contract
 * ({@link ClaimVerification}) makes of it. Rows are leased with FOR UPDATE SKIP LOCKED in a short
 * transaction of their own, then published outside any transaction; a failure only delays the row
 * (exponential backoff), and the stable message id makes a repeated send a no-op, so several
 * replicas can relay at once and a crash between publishing and marking loses nothing.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final int BATCH = 100;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private record Row(long id, String name, String correlationKey, String messageId, String variables, int ttlSeconds,
                       int attempts) {
    }

    private final AgroalDataSource dataSource;
    private final CamundaClient client;
    private final Duration interval;
    private final Duration leaseTime;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "vetted-outbox-relay");
        t.setDaemon(true);
        return t;
    });

    public OutboxRelay(AgroalDataSource dataSource, CamundaClient client,
                       OutboxSettings settings) {
        this.dataSource = dataSource;
        this.client = client;
        this.interval = settings.pollInterval();
        this.leaseTime = settings.lease();
    }

    void start(@Observes @Priority(25) StartupEvent event) {
        scheduler.scheduleWithFixedDelay(this::relaySafely, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        scheduler.shutdownNow();
    }

    private void relaySafely() {
        try {
            while (relayOnce() == BATCH) {
                // a full batch: there may be more waiting
            }
        } catch (Exception e) {
            LOG.warnf("Outbox relay could not reach the database: %s", e.getMessage());
        }
    }

    /** Sends one batch of due messages; returns how many it leased. */
    int relayOnce() throws SQLException {
        List<Row> rows = lease();
        for (Row row : rows) {
            try {
                ClaimVerification.Message message = ClaimVerification.messageFor(row.name(), row.correlationKey(),
                        JSON.readValue(row.variables(), MAP));
                client.newPublishMessageCommand().messageName(message.name()).correlationKey(message.correlationKey())
                        .messageId(row.messageId()).timeToLive(Duration.ofSeconds(row.ttlSeconds()))
                        .variables(message.variables()).send().join(10, TimeUnit.SECONDS);
                markSent(row.id(), null);
            } catch (ClientStatusException e) {
                if (e.getStatusCode() == Status.Code.ALREADY_EXISTS) {
                    markSent(row.id(), "already delivered");
                } else {
                    markFailed(row, e.getMessage());
                }
            } catch (RuntimeException | java.io.IOException e) {
                markFailed(row, e.getMessage());
            }
        }
        return rows.size();
    }

    private List<Row> lease() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            List<Row> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    update outbox_message set lease_until = now() + make_interval(secs => ?), attempts = attempts + 1
                    where id in (select id from outbox_message
                                 where sent_at is null and next_attempt_at <= now()
                                   and (lease_until is null or lease_until < now())
                                 order by id limit ? for update skip locked)
                    returning id, message_name, correlation_key, message_id, variables, ttl_seconds, attempts""")) {
                ps.setLong(1, Math.max(1, leaseTime.toSeconds()));
                ps.setInt(2, BATCH);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getInt(6), rs.getInt(7)));
                    }
                }
            }
            c.commit();
            rows.sort((a, b) -> Long.compare(a.id(), b.id()));
            return rows;
        }
    }

    private void markSent(long id, String note) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "update outbox_message set sent_at = now(), lease_until = null, last_error = ? where id = ?")) {
            ps.setString(1, note);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    private void markFailed(Row row, String error) throws SQLException {
        long backoff = Math.min(60_000, 500L << Math.min(row.attempts(), 7));
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("update outbox_message set lease_until = null, last_error = ?,"
                     + " next_attempt_at = now() + make_interval(secs => ?) where id = ?")) {
            ps.setString(1, error == null ? "unknown error" : error.length() > 2000 ? error.substring(0, 2000) : error);
            ps.setDouble(2, backoff / 1000.0);
            ps.setLong(3, row.id());
            ps.executeUpdate();
        }
        if (row.attempts() == 1 || row.attempts() % 10 == 0) {
            LOG.warnf("Could not deliver %s (%s) to the engine, attempt %d; retrying in %d ms: %s",
                    row.name(), row.messageId(), row.attempts(), backoff, error);
        }
    }
}
