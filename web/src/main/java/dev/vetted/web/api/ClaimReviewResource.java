package dev.vetted.web.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vetted.core.claim.Claim;
import dev.vetted.core.claim.ClaimStatus;
import dev.vetted.core.claim.Claims;
import dev.vetted.core.claim.Verdict;
import dev.vetted.core.common.ConflictException;
import io.quarkus.security.Authenticated;
import io.quarkus.panache.common.Sort;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;

/**
 * schema.org ClaimReview for published claims, with what Google's Fact Check markup requires and
 * recommends. Rating scale: 1 (false) to 5 (true); see README.
 */
@Path("/api/claimreviews")
@Authenticated
@jakarta.enterprise.context.ApplicationScoped
@Tag(name = "ClaimReview")
public class ClaimReviewResource {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Claims claims;
    private final String newsroom;
    private final String newsroomUrl;

    public ClaimReviewResource(Claims claims, @ConfigProperty(name = "vetted.newsroom.name") String newsroom,
                               @ConfigProperty(name = "vetted.newsroom.url") String newsroomUrl) {
        this.claims = claims;
        this.newsroom = newsroom;
        this.newsroomUrl = newsroomUrl.replaceAll("/+$", "");
    }

    /** The verdict on the documented 1-5 scale, and its words. */
    static int rating(Verdict verdict) {
        return switch (verdict) {
            case FALSE -> 1;
            case MISLEADING -> 2;
            case UNPROVEN -> 3;
            case MOSTLY_TRUE -> 4;
            case TRUE -> 5;
        };
    }

    static String words(Verdict verdict) {
        return switch (verdict) {
            case FALSE -> "False";
            case MISLEADING -> "Misleading";
            case UNPROVEN -> "Unproven";
            case MOSTLY_TRUE -> "Mostly true";
            case TRUE -> "True";
        };
    }

    /** The ClaimReview of a claim, which must be published. */
    ObjectNode of(Claim claim) {
        if (claim.status != ClaimStatus.PUBLISHED || claim.verdict == null) {
            throw new ConflictException("Claim " + claim.id + " is " + claim.status + "; a ClaimReview exists only once it is PUBLISHED.");
        }
        return review(claim);
    }

    @GET
    @Produces("application/x-ndjson")
    @Operation(summary = "Every published ClaimReview, one JSON-LD document per line")
    public Response feed() {
        StreamingOutput body = out -> {
            List<ObjectNode> reviews = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                    Claim.<Claim>list("status", Sort.ascending("updatedAt"), ClaimStatus.PUBLISHED).stream()
                            .map(this::review).toList());
            for (ObjectNode r : reviews) {
                out.write(JSON.writeValueAsString(r).getBytes(StandardCharsets.UTF_8));
                out.write('\n');
            }
        };
        return Response.ok(body, "application/x-ndjson").build();
    }

    ObjectNode review(Claim claim) {
        ObjectNode r = JSON.createObjectNode();
        r.put("@context", "https://schema.org");
        r.put("@type", "ClaimReview");
        r.put("url", newsroomUrl + "/claims/" + claim.id);
        r.put("claimReviewed", claim.text);
        r.put("datePublished", claim.updatedAt.atOffset(ZoneOffset.UTC).toLocalDate().toString());
        ObjectNode author = r.putObject("author");
        author.put("@type", "Organization");
        author.put("name", newsroom);
        author.put("url", newsroomUrl);
        ObjectNode rating = r.putObject("reviewRating");
        rating.put("@type", "Rating");
        rating.put("ratingValue", rating(claim.verdict));
        rating.put("bestRating", 5);
        rating.put("worstRating", 1);
        rating.put("alternateName", words(claim.verdict));
        ObjectNode item = r.putObject("itemReviewed");
        item.put("@type", "Claim");
        if (claim.speaker != null) {
            ObjectNode speaker = item.putObject("author");
            speaker.put("@type", claim.speaker.split(" ").length <= 3 && Character.isUpperCase(claim.speaker.charAt(0))
                    ? "Person" : "Organization");
            speaker.put("name", claim.speaker);
        }
        if (claim.article != null) {
            if (claim.article.publishedAt != null) {
                item.put("datePublished", claim.article.publishedAt.atOffset(ZoneOffset.UTC).toLocalDate().toString());
            }
            ObjectNode appearance = item.putObject("appearance");
            appearance.put("@type", "CreativeWork");
            appearance.put("headline", claim.article.title);
            if (claim.article.url != null) appearance.put("url", claim.article.url);
            if (claim.article.outlet != null) {
                ObjectNode outlet = appearance.putObject("publisher");
                outlet.put("@type", "Organization");
                outlet.put("name", claim.article.outlet);
            }
        }
        return r;
    }

}
