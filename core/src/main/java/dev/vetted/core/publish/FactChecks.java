package dev.vetted.core.publish;

import dev.vetted.core.audit.AuditAction;
import dev.vetted.core.audit.AuditLog;
import dev.vetted.core.claim.Claim;
import dev.vetted.core.claim.ClaimRouting;
import dev.vetted.core.claim.Verdict;
import dev.vetted.core.common.Actor;
import dev.vetted.core.common.NotFoundException;
import dev.vetted.core.common.Page;
import dev.vetted.core.common.PageRequest;
import dev.vetted.core.review.ConfirmationDecision;
import dev.vetted.core.review.Evidence;
import dev.vetted.core.review.ReviewDesk;
import dev.vetted.core.review.ReviewStep;
import dev.vetted.core.review.ReviewTask;
import dev.vetted.core.review.TaskState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Published verdicts: the first version when the editor's approval is published, and reading
 * them back for the public pages and feeds. Corrections and unpublishing are {@link Corrections}.
 */
@ApplicationScoped
public class FactChecks {

    /** The events a fact check's public history is made of; the desk's other events stay internal. */
    public static final java.util.Set<AuditAction> PUBLIC_ACTIONS = java.util.EnumSet.of(AuditAction.FACT_CHECK_PUBLISHED,
            AuditAction.FACT_CHECK_CORRECTED, AuditAction.FACT_CHECK_UNPUBLISHED);

    private final ClaimRouting routing;
    private final ReviewDesk desk;
    private final AuditLog audit;
    private final Clock clock;

    public FactChecks(ClaimRouting routing, ReviewDesk desk, AuditLog audit, Clock clock) {
        this.routing = routing;
        this.desk = desk;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Publishes the editor's approval: the claim's status and the verdict the approving sign-off
     * gave, and its fact check at a new slug with the sign-off's comment as the public
     * explanation. Safe to repeat (a retried job).
     */
    @Transactional
    public FactCheck publish(UUID claimId, UUID signoffTaskId) {
        ReviewTask signoff = signoffTaskId == null ? null : ReviewTask.findById(signoffTaskId);
        // the verdict lives on the decided task alone; the process only says which task that is
        if (signoff == null || signoff.verdict == null || !signoff.claim.id.equals(claimId)) {
            throw new IllegalStateException("task " + signoffTaskId + " is not an approving sign-off of claim " + claimId);
        }
        Verdict verdict = signoff.verdict;
        routing.publish(claimId, verdict, Actor.SYSTEM);
        FactCheck existing = FactCheck.findById(claimId);
        if (existing != null) return existing;
        Claim claim = Claim.findById(claimId);
        if (claim == null) throw new NotFoundException("claim", claimId);
        FactCheck check = new FactCheck();
        check.claimId = claimId;
        check.slug = Slugs.unique(Slugs.of(claim.text), slug -> FactCheck.count("slug", slug) > 0);
        check.currentVersion = 1;
        check.firstPublishedAt = clock.instant();
        check.persist();
        FactCheckVersion first = new FactCheckVersion();
        first.id = UUID.randomUUID();
        first.claimId = claimId;
        first.number = 1;
        first.verdict = verdict;
        first.explanation = signoff.comment;
        first.approvedBy = signoff.decidedBy == null ? Actor.SYSTEM.username() : signoff.decidedBy;
        first.publishedAt = check.firstPublishedAt;
        first.persist();
        audit.record(Actor.SYSTEM, AuditAction.FACT_CHECK_PUBLISHED, claimId, versionEvent(check, first));
        return check;
    }

    /** What the audit trail says of a version, so the public history can be checked against it. */
    static Map<String, Object> versionEvent(FactCheck check, FactCheckVersion v) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("slug", check.slug);
        data.put("version", v.number);
        data.put("verdict", v.verdict.name());
        data.put("explanation", v.explanation);
        data.put("correctionNote", v.correctionNote);
        data.put("proposedBy", v.proposedBy);
        data.put("approvedBy", v.approvedBy);
        return data;
    }

    /** The fact check at a public address, published or taken down; 404 when there is none. */
    public FactCheck bySlug(String slug) {
        FactCheck check = slug == null ? null : FactCheck.<FactCheck>find("slug", slug).firstResult();
        if (check == null) throw NotFoundException.described("No fact check is published at /fact-checks/"
                + dev.vetted.core.common.Text.shown(slug) + ".");
        return check;
    }

    public Optional<FactCheck> ofClaim(UUID claimId) {
        return FactCheck.findByIdOptional(claimId);
    }

    /** The claim's fact check; 404 when its verdict was never published. */
    public FactCheck get(UUID claimId) {
        return ofClaim(claimId).orElseThrow(() -> new NotFoundException("published claim", claimId));
    }

    /** Every version, newest first. */
    public List<FactCheckVersion> versions(UUID claimId) {
        return FactCheckVersion.list("claimId = ?1 order by number desc", claimId);
    }

    public FactCheckVersion current(FactCheck check) {
        return FactCheckVersion.<FactCheckVersion>find("claimId = ?1 and number = ?2", check.claimId, check.currentVersion)
                .singleResult();
    }

    /** The verdicts readers can see, the latest change first, for the public list and the feeds. */
    public Page<FactCheck> published(PageRequest request) {
        long total = FactCheck.count("unpublishedAt is null");
        List<FactCheck> items = FactCheck.<FactCheck>find(
                        "unpublishedAt is null order by coalesce(lastCorrectedAt, firstPublishedAt) desc, claimId")
                .page(request.page(), request.size()).list();
        return new Page<>(items, request.page(), request.size(), total);
    }

    /**
     * The sources the claim's decided checks rested on, as readers may see them: what reviewers
     * brought, and the official statements routing offered when the confirmation confirmed or
     * denied the claim with them (offered statements a check did not use are not sources).
     */
    public List<PublicEvidence.Source> sources(UUID claimId) {
        List<Evidence> used = new ArrayList<>();
        for (ReviewTask task : desk.ofClaim(claimId)) {
            if (task.step == ReviewStep.SIGNOFF || task.state != TaskState.DECIDED) continue;
            boolean statementsUsed = task.outcome() instanceof ConfirmationDecision answer && answer.answered();
            for (Evidence e : desk.evidence(task)) {
                if (!"system".equals(e.by()) || statementsUsed && "official-statement".equals(e.kind())) used.add(e);
            }
        }
        return PublicEvidence.of(used);
    }
}
