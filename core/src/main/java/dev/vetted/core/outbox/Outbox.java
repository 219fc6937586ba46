package dev.vetted.core.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/** Writes messages for the workflow engine inside the caller's transaction. */
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
    public void add(String messageName, String correlationKey, String messageId, Map<String, Object> variables) {
        if (OutboxMessage.count("messageId", messageId) > 0) return; // already queued: a retry of the same change
        OutboxMessage m = new OutboxMessage();
        m.messageName = messageName;
        m.correlationKey = correlationKey;
        m.messageId = messageId;
        try {
            m.variables = json.writeValueAsString(variables);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("variables cannot be written as JSON", e);
        }
        m.ttlSeconds = (int) TTL.toSeconds();
        m.createdAt = clock.instant();
        m.nextAttemptAt = m.createdAt;
        m.persist();
    }
}
