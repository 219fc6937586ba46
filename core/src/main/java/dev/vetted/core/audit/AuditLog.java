package dev.vetted.core.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vetted.core.common.Actor;
import dev.vetted.core.live.ChangeAnnouncer;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Appends what happened, in the same transaction as the change itself, and reads it back. */
@ApplicationScoped
public class AuditLog {

    private final Clock clock;
    private final ChangeAnnouncer changes;
    private final AuditAppends appends;
    private final ObjectMapper json = new ObjectMapper();

    public AuditLog(Clock clock, ChangeAnnouncer changes, AuditAppends appends) {
        this.clock = clock;
        this.changes = changes;
        this.appends = appends;
    }

    /**
     * Records what happened, in the caller's transaction: the event is written as the transaction
     * commits ({@link AuditAppends}), so it is in the trail exactly when the change is.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Actor actor, AuditAction action, UUID claimId, Map<String, ?> data) {
        AuditEvent event = new AuditEvent();
        event.at = clock.instant();
        event.actorSubject = actor.subject();
        event.actorName = actor.username();
        event.action = action.code();
        event.claimId = claimId;
        Map<String, Object> details = new LinkedHashMap<>();
        data.forEach((k, v) -> {
            if (v != null) details.put(k, v);
        });
        try {
            // stored in canonical form, so exports and third parties serialise it the same way
            event.data = CanonicalJson.of(json.valueToTree(details));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("audit details cannot be written as JSON", e);
        }
        appends.add(event);
        // every action passes here, so this is the one place that tells open desks to refresh
        changes.announce(action.code(), claimId);
    }

    /** A claim's history, oldest first. */
    public List<AuditEvent> forClaim(UUID claimId) {
        return AuditEvent.list("claimId", Sort.ascending("seq"), claimId);
    }
}
