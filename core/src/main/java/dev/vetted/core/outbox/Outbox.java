package dev.vetted.core.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * Records domain events for the workflow engine inside the caller's transaction, so the engine
 * hears of a change exactly when it commits. The relay in the workflow module delivers them.
 */
@ApplicationScoped
public class Outbox {

    /** Long enough for a message to wait for its subscription to open, even across an engine restart. */
    public static final Duration TTL = Duration.ofHours(24);

    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    public Outbox(Clock clock) {
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void add(DomainEvent event) {
        String messageId = event.name() + ":" + event.key();
        if (OutboxMessage.count("messageId", messageId) > 0) return; // already queued: a retry of the same change
        OutboxMessage m = new OutboxMessage();
        // the row's columns keep their names from when core wrote engine messages itself; rows
        // queued then (named claim-submitted, review-decided) are relayed as they are
        m.messageName = event.name();
        m.correlationKey = event.key();
        m.messageId = messageId;
        try {
            m.variables = json.writeValueAsString(event.data());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the event cannot be written as JSON", e);
        }
        m.ttlSeconds = (int) TTL.toSeconds();
        m.createdAt = clock.instant();
        m.nextAttemptAt = m.createdAt;
        m.persist();
    }
}
