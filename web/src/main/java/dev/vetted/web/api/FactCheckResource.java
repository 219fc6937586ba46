package dev.vetted.web.api;

import dev.vetted.web.request.RequestValues;
import dev.vetted.core.claim.Verdict;
import dev.vetted.core.publish.Correction;
import dev.vetted.core.publish.Corrections;
import dev.vetted.core.publish.FactCheck;
import dev.vetted.core.publish.FactCheckVersion;
import dev.vetted.core.publish.FactChecks;
import dev.vetted.web.publish.ClaimReviews;
import dev.vetted.web.security.CurrentActor;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A published verdict as the desk manages it, by its claim's id: its public address and versions, corrections
 * (proposed, then approved or declined by another editor) and taking it down. Who may do what
 * is core's rule ({@code PublishingRules}); refusals come back as problem+json.
 */
@Path("/api")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Fact checks")
public class FactCheckResource {

    public record VersionView(int number, Verdict verdict, String explanation, String correctionNote, String proposedBy,
                              String approvedBy, Instant publishedAt) {
        static VersionView of(FactCheckVersion v) {
            return new VersionView(v.number, v.verdict, v.explanation, v.correctionNote, v.proposedBy, v.approvedBy, v.publishedAt);
        }
    }

    public record CorrectionView(UUID id, UUID claimId, String state, Verdict verdict, String explanation, String reason,
                                 String proposedBy, Instant proposedAt, String decidedBy, Instant decidedAt) {
        static CorrectionView of(Correction c) {
            return new CorrectionView(c.id, c.claimId, c.state.name(), c.verdict, c.explanation, c.reason, c.proposedBy,
                    c.proposedAt, c.decidedBy, c.decidedAt);
        }
    }

    public record FactCheckView(UUID claimId, String slug, String url, boolean published, int currentVersion,
                                Instant firstPublishedAt, Instant lastCorrectedAt, Instant unpublishedAt, String unpublishedReason,
                                List<VersionView> versions, CorrectionView pendingCorrection) {
    }

    public record CorrectionRequest(String verdict, String explanation, String reason) {
    }

    public record ReasonRequest(String reason) {
    }

    private final FactChecks factChecks;
    private final Corrections corrections;
    private final ClaimReviews reviews;
    private final CurrentActor actor;

    public FactCheckResource(FactChecks factChecks, Corrections corrections, ClaimReviews reviews, CurrentActor actor) {
        this.factChecks = factChecks;
        this.corrections = corrections;
        this.reviews = reviews;
        this.actor = actor;
    }

    @GET
    @Path("fact-checks/{id}")
    @Operation(summary = "The claim's published verdict: public address, versions newest first, a correction waiting (404 before publication)")
    public FactCheckView get(@PathParam("id") String id) {
        UUID claimId = RequestValues.pathId("claim", id);
        FactCheck check = factChecks.get(claimId);
        return new FactCheckView(check.claimId, check.slug, reviews.pageUrl(check), check.isPublic(), check.currentVersion,
                check.firstPublishedAt, check.lastCorrectedAt, check.unpublishedAt, check.unpublishedReason,
                factChecks.versions(claimId).stream().map(VersionView::of).toList(),
                corrections.pending(claimId).map(CorrectionView::of).orElse(null));
    }

    @POST
    @Path("fact-checks/{id}/corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Propose a correction (fact-checkers, editors): a verdict, the explanation readers see, and the reason")
    public jakarta.ws.rs.core.Response propose(@PathParam("id") String id, CorrectionRequest request) {
        if (request == null) throw new BadRequestException("A JSON body is required.");
        Correction c = corrections.propose(RequestValues.pathId("claim", id), request.verdict(), request.explanation(),
                request.reason(), actor.get(), actor.roles());
        return jakarta.ws.rs.core.Response.status(201).entity(CorrectionView.of(c)).build();
    }

    @POST
    @Path("corrections/{id}/approve")
    @Operation(summary = "Approve a correction (an editor who did not propose it): it becomes the public version")
    public VersionView approve(@PathParam("id") String id) {
        return VersionView.of(corrections.approve(RequestValues.pathId("correction", id), actor.get(), actor.roles()));
    }

    @POST
    @Path("corrections/{id}/decline")
    @Operation(summary = "Decline a correction (an editor who did not propose it), with an optional reason")
    public CorrectionView decline(@PathParam("id") String id, ReasonRequest request) {
        return CorrectionView.of(corrections.decline(RequestValues.pathId("correction", id),
                request == null ? null : request.reason(), actor.get(), actor.roles()));
    }

    @POST
    @Path("fact-checks/{id}/unpublish")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take a published verdict down (editors), with the reason readers see in its place")
    public FactCheckView unpublish(@PathParam("id") String id, ReasonRequest request) {
        if (request == null) throw new BadRequestException("A JSON body is required.");
        UUID claimId = RequestValues.pathId("claim", id);
        corrections.unpublish(claimId, request.reason(), actor.get(), actor.roles());
        return get(id);
    }
}
