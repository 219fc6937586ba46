package dev.vetted.core.claim;

import dev.vetted.core.audit.AuditLog;
import dev.vetted.core.common.Actor;
import dev.vetted.core.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
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
    private final Duration attributionSla;
    private final Duration confirmationSla;
    private final Duration signoffSla;

    public ClaimRouting(Outbox outbox, AuditLog audit, Clock clock,
                        @ConfigProperty(name = "vetted.sla.attribution", defaultValue = "PT24H") Duration attributionSla,
                        @ConfigProperty(name = "vetted.sla.confirmation", defaultValue = "PT48H") Duration confirmationSla,
                        @ConfigProperty(name = "vetted.sla.signoff", defaultValue = "PT24H") Duration signoffSla) {
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
        this.attributionSla = attributionSla;
        this.confirmationSla = confirmationSla;
        this.signoffSla = signoffSla;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void submit(Claim claim, Actor actor) {
        outbox.add(new ClaimAccepted(claim.id, attributionSla, confirmationSla, signoffSla));
        audit.record(actor, "claim.accepted", claim.id, Map.of("text", claim.text,
                "speaker", claim.speaker == null ? "" : claim.speaker));
    }

    public Duration sla(String step) {
        return switch (step) {
            case "ATTRIBUTION" -> attributionSla;
            case "CONFIRMATION" -> confirmationSla;
            default -> signoffSla;
        };
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
        audit.record(actor, "claim.published", claimId, Map.of("verdict", verdict.name()));
    }

    @Transactional
    public void reject(UUID claimId, String reason, Actor actor) {
        Claim claim = Claim.findById(claimId);
        if (claim == null || !claim.reject(clock.instant())) return;
        audit.record(actor, "claim.rejected", claimId, Map.of("reason", reason == null ? "" : reason));
    }
}
