package dev.vetted.core.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A message for the workflow engine, stored with the change that causes it. The relay sends it
 * later; the stable message id makes a second send harmless.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "message_name", nullable = false, length = 100)
    public String messageName;

    @Column(name = "correlation_key", nullable = false, length = 200)
    public String correlationKey;

    @Column(name = "message_id", nullable = false, length = 200, unique = true)
    public String messageId;

    /** JSON object of process variables. */
    @Column(nullable = false, columnDefinition = "text")
    public String variables;

    @Column(name = "ttl_seconds", nullable = false)
    public int ttlSeconds;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "lease_until")
    public Instant leaseUntil;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "last_error", columnDefinition = "text")
    public String lastError;
}
