package dev.vetted.core.publish;

import dev.vetted.core.audit.AuditAction;
import dev.vetted.core.audit.AuditLog;
import dev.vetted.core.claim.Claim;
import dev.vetted.core.claim.Verdict;
import dev.vetted.core.common.Actor;
import dev.vetted.core.common.ConflictException;
import dev.vetted.core.common.ForbiddenActionException;
import dev.vetted.core.common.NotFoundException;
import dev.vetted.core.common.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Changing a published verdict in the open: a correction is proposed, then approved by another
 * editor and becomes the next version, or declined; a verdict taken down leaves a dated notice.
 * Each step is one transaction with its audit event, and {@link PublishingRules} says who may.
 */
@ApplicationScoped
public class Corrections {

    private final FactChecks factChecks;
    private final AuditLog audit;
    private final Clock clock;

    public Corrections(FactChecks factChecks, AuditLog audit, Clock clock) {
        this.factChecks = factChecks;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Correction propose(UUID claimId, String verdict, String explanation, String reason, Actor actor, Set<String> roles) {
        refuseIf(PublishingRules.whyNotPropose(roles));
        FactCheck check = publicCheck(claimId);
        Verdict parsed = PublishingRules.checkCorrection(verdict, explanation, reason, factChecks.current(check));
        Correction waiting = pending(claimId).orElse(null);
        if (waiting != null) {
            throw new ConflictException("A correction proposed by " + waiting.proposedBy
                    + " waits for an editor's approval; approve or decline it first.");
        }
        Correction c = new Correction();
        c.id = UUID.randomUUID();
        c.claimId = claimId;
        c.verdict = parsed;
        c.explanation = Text.blankToNull(explanation);
        c.reason = reason.strip();
        c.state = Correction.State.PROPOSED;
        c.proposedBy = actor.username();
        c.proposedBySubject = actor.subject();
        c.proposedAt = clock.instant();
        c.persist();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("correctionId", c.id.toString());
        data.put("verdict", c.verdict.name());
        data.put("explanation", c.explanation);
        data.put("reason", c.reason);
        audit.record(actor, AuditAction.FACT_CHECK_CORRECTION_PROPOSED, claimId, data);
        return c;
    }

    /** Approves the correction: it becomes the version readers see. A repeat by the approver is a no-op. */
    @Transactional
    public FactCheckVersion approve(UUID correctionId, Actor actor, Set<String> roles) {
        Correction c = get(correctionId);
        if (c.state == Correction.State.APPROVED && actor.username().equals(c.decidedBy)) {
            return factChecks.current(factChecks.get(c.claimId));
        }
        requireWaiting(c);
        refuseIf(PublishingRules.whyNotApprove(c, actor, roles));
        FactCheck check = publicCheck(c.claimId);
        Instant now = clock.instant();
        FactCheckVersion v = new FactCheckVersion();
        v.id = UUID.randomUUID();
        v.claimId = c.claimId;
        v.number = check.currentVersion + 1;
        v.verdict = c.verdict;
        v.explanation = c.explanation;
        v.correctionNote = c.reason;
        v.proposedBy = c.proposedBy;
        v.approvedBy = actor.username();
        v.publishedAt = now;
        v.persist();
        check.currentVersion = v.number;
        check.lastCorrectedAt = now;
        c.state = Correction.State.APPROVED;
        c.decidedBy = actor.username();
        c.decidedAt = now;
        Claim claim = Claim.findById(c.claimId);
        claim.correctVerdict(v.verdict, now);
        Map<String, Object> data = FactChecks.versionEvent(check, v);
        data.put("correctionId", c.id.toString());
        audit.record(actor, AuditAction.FACT_CHECK_CORRECTED, c.claimId, data);
        return v;
    }

    @Transactional
    public Correction decline(UUID correctionId, String reason, Actor actor, Set<String> roles) {
        Correction c = get(correctionId);
        if (c.state == Correction.State.DECLINED && actor.username().equals(c.decidedBy)) return c;
        requireWaiting(c);
        refuseIf(PublishingRules.whyNotApprove(c, actor, roles));
        close(c, Correction.State.DECLINED, Text.blankToNull(reason), actor);
        return c;
    }

    /** Takes the verdict down: its page becomes a dated notice with the reason; a waiting correction is declined. */
    @Transactional
    public FactCheck unpublish(UUID claimId, String reason, Actor actor, Set<String> roles) {
        refuseIf(PublishingRules.whyNotUnpublish(roles));
        FactCheck check = factChecks.get(claimId);
        if (!check.isPublic()) {
            throw new ConflictException("The verdict was already taken down by " + check.unpublishedBy + ".");
        }
        PublishingRules.checkUnpublishing(reason);
        pending(claimId).ifPresent(c -> close(c, Correction.State.DECLINED, "The verdict was taken down.", actor));
        check.unpublishedAt = clock.instant();
        check.unpublishedBy = actor.username();
        check.unpublishedReason = reason.strip();
        audit.record(actor, AuditAction.FACT_CHECK_UNPUBLISHED, claimId, Map.of("slug", check.slug, "reason", check.unpublishedReason));
        return check;
    }

    public Optional<Correction> pending(UUID claimId) {
        return Correction.find("claimId = ?1 and state = ?2", claimId, Correction.State.PROPOSED).firstResultOptional();
    }

    public Correction get(UUID correctionId) {
        Correction c = Correction.findById(correctionId);
        if (c == null) throw new NotFoundException("correction", correctionId);
        return c;
    }

    private void close(Correction c, Correction.State state, String reason, Actor actor) {
        c.state = state;
        c.decidedBy = actor.username();
        c.decidedAt = clock.instant();
        c.declineReason = reason;
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("correctionId", c.id.toString());
        data.put("reason", reason);
        audit.record(actor, AuditAction.FACT_CHECK_CORRECTION_DECLINED, c.claimId, data);
    }

    private FactCheck publicCheck(UUID claimId) {
        FactCheck check = factChecks.get(claimId);
        if (!check.isPublic()) throw new ConflictException("The verdict was taken down; a verdict that is not public takes no correction.");
        return check;
    }

    private static void requireWaiting(Correction c) {
        if (c.state != Correction.State.PROPOSED) {
            throw new ConflictException("The correction was already " + c.state.name().toLowerCase(java.util.Locale.ROOT)
                    + " by " + c.decidedBy + ".");
        }
    }

    private static void refuseIf(String refusal) {
        if (refusal != null) throw new ForbiddenActionException(refusal);
    }
}
