package dev.vetted.web.api;

import dev.vetted.web.request.RequestValues;
import dev.vetted.core.claim.Claim;
import dev.vetted.core.claim.ClaimFilter;
import dev.vetted.core.claim.ClaimStatus;
import dev.vetted.core.claim.Claims;
import dev.vetted.core.claim.NewClaim;
import dev.vetted.core.claim.Verdict;
import dev.vetted.core.common.Page;
import dev.vetted.core.common.PageRequest;
import dev.vetted.web.security.CurrentActor;
import jakarta.ws.rs.BadRequestException;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import dev.vetted.web.security.Roles;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Authenticated
@Path("/api/claims")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Claims")
public class ClaimResource {

    /** A span of an article (articleId, start, end) or free text; text defaults to the span. */
    public record CreateRequest(String articleId, Integer start, Integer end, String text, String speaker, String quote) {
    }

    /** speaker is the source's canonical name in its article; speakerKind and speakerRole as extraction found them. */
    public record ClaimView(UUID id, UUID articleId, String text, String speaker, String speakerKind, String speakerRole,
                            String quote, Integer start, Integer end, Double checkworthiness, ClaimStatus status,
                            Verdict verdict, String createdBy, Instant createdAt, Instant updatedAt) {
        static ClaimView of(Claim c) {
            return new ClaimView(c.id, c.article == null ? null : c.article.id, c.text, c.speaker, c.speakerKind,
                    c.speakerRole, c.quote, c.start, c.end, c.checkworthiness, c.status, c.verdict, c.createdBy,
                    c.createdAt, c.updatedAt);
        }
    }

    /** Optional edits made while accepting a suggestion. */
    public record AcceptRequest(String text, String speaker, String quote) {
    }

    /** One entry of a claim's history: who did what, when. */
    public record TimelineEntry(long seq, Instant at, String actor, String action, com.fasterxml.jackson.databind.JsonNode data) {
    }

    private final Claims claims;
    private final CurrentActor actor;
    private final dev.vetted.core.audit.AuditLog audit;
    private final com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();

    private final ClaimReviewResource reviews;

    public ClaimResource(Claims claims, CurrentActor actor, dev.vetted.core.audit.AuditLog audit, ClaimReviewResource reviews) {
        this.reviews = reviews;
        this.claims = claims;
        this.actor = actor;
        this.audit = audit;
    }

    @RolesAllowed({Roles.FACT_CHECKER})
    @POST
    @Operation(summary = "Add a claim from an article span or from free text")
    public Response create(CreateRequest request, UriInfo uri) {
        if (request == null) throw new BadRequestException("A JSON body is required.");
        Claim claim = claims.create(new NewClaim(RequestValues.uuid("articleId", request.articleId()),
                request.start(), request.end(), request.text(), request.speaker(), request.quote()), actor.get());
        return Response.created(uri.getAbsolutePathBuilder().path(claim.id.toString()).build())
                .entity(ClaimView.of(claim)).build();
    }

    @GET
    @Operation(summary = "List claims, newest first, filtered by status, speaker, article and text")
    public Page<ClaimView> list(@QueryParam("status") String status, @QueryParam("speaker") String speaker,
                                @QueryParam("articleId") String articleId, @QueryParam("q") String text,
                                @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        ClaimFilter filter = new ClaimFilter(RequestValues.enumValue("status", status, ClaimStatus.class), speaker,
                RequestValues.uuid("articleId", articleId), text);
        PageRequest pageRequest = PageRequest.of(page, size);
        return claims.list(filter, pageRequest).map(ClaimView::of);
    }

    @RolesAllowed({Roles.FACT_CHECKER})
    @POST
    @Path("{id}/accept")
    @Operation(summary = "Accept a suggested claim, optionally edited; it becomes UNVERIFIED and is routed for review")
    public ClaimView accept(@PathParam("id") String id, AcceptRequest edits) {
        AcceptRequest e = edits == null ? new AcceptRequest(null, null, null) : edits;
        return ClaimView.of(claims.accept(RequestValues.pathId("claim", id), e.text(), e.speaker(), e.quote(), actor.get()));
    }

    @RolesAllowed({Roles.FACT_CHECKER})
    @POST
    @Path("{id}/dismiss")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Dismiss a suggested claim")
    public ClaimView dismiss(@PathParam("id") String id) {
        return ClaimView.of(claims.dismiss(RequestValues.pathId("claim", id), actor.get()));
    }

    @GET
    @Path("{id}/claimreview")
    @Produces("application/ld+json")
    @jakarta.transaction.Transactional
    @Operation(summary = "schema.org ClaimReview JSON-LD of a published claim (409 before it is published)")
    public com.fasterxml.jackson.databind.node.ObjectNode claimReview(@PathParam("id") String id) {
        return reviews.of(claims.get(RequestValues.pathId("claim", id)).id);
    }

    @GET
    @Path("{id}/timeline")
    @Operation(summary = "Everything that happened to a claim, oldest first")
    public List<TimelineEntry> timeline(@PathParam("id") String id) throws com.fasterxml.jackson.core.JsonProcessingException {
        UUID claimId = claims.get(RequestValues.pathId("claim", id)).id;
        List<TimelineEntry> entries = new java.util.ArrayList<>();
        for (var e : audit.forClaim(claimId)) {
            entries.add(new TimelineEntry(e.seq, e.at, e.actorName, e.action, json.readTree(e.data)));
        }
        return entries;
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One claim")
    public ClaimView get(@PathParam("id") String id) {
        return ClaimView.of(claims.get(RequestValues.pathId("claim", id)));
    }
}
