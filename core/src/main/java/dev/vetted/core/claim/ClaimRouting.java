package dev.vetted.core.claim;

import dev.vetted.core.audit.AuditAction;
import dev.vetted.core.audit.AuditLog;
import dev.vetted.core.common.Actor;
import dev.vetted.core.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/**
 * Where a claim stands in its routing. Submitting writes the engine's start message to the
 * outbox in the caller's transaction; the workers report progress back through the other methods,
 * each of which is safe to repeat.
 */
@ApplicationScoped
public class ClaimRouting {

    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;
    private final ReviewSla sla;

    public ClaimRouting(Outbox outbox, AuditLog audit, Clock clock, ReviewSla sla) {
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
        this.sla = sla;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void submit(Claim claim, Actor actor) {
        outbox.add(new ClaimAccepted(claim.id, sla.attribution(), sla.confirmation(), sla.signoff()));
        audit.record(actor, AuditAction.CLAIM_ACCEPTED, claim.id, Map.of("text", claim.text,
                "speaker", claim.speaker == null ? "" : claim.speaker));
    }

    @Transactional
    public void recordLocation(UUID claimId, String locatedJson) {
        Claim claim = Claim.findById(claimId);
        if (claim != null) claim.located = locatedJson;
    }

    @Transactional
    public void publish(UUID claimId, Verdict verdict, Actor actor) {
        Claim claim = Claim.findById(claimId);
        if (claim == null || !claim.publish(verdict, clock.instant())) return;
        audit.record(actor, AuditAction.CLAIM_PUBLISHED, claimId, Map.of("verdict", verdict.name()));
    }

    @Transactional
    public void reject(UUID claimId, String reason, Actor actor) {
        Claim claim = Claim.findById(claimId);
        if (claim == null || !claim.reject(clock.instant())) return;
        audit.record(actor, AuditAction.CLAIM_REJECTED, claimId, Map.of("reason", reason == null ? "" : reason));
    }
}
