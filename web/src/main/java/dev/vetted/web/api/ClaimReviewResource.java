package dev.vetted.web.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vetted.core.publish.FactCheck;
import dev.vetted.web.publish.ClaimReviews;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.Authenticated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * Every public verdict's ClaimReview for the desk's own tools, one per line. Readers and
 * aggregators take the same documents from the public pages and feeds under /fact-checks.
 */
@Path("/api/claimreviews")
@Authenticated
@ApplicationScoped
@Tag(name = "ClaimReview")
public class ClaimReviewResource {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ClaimReviews reviews;

    public ClaimReviewResource(ClaimReviews reviews) {
        this.reviews = reviews;
    }

    /** The ClaimReview of a claim, which must have a public verdict. */
    ObjectNode of(UUID claimId) {
        return QuarkusTransaction.joiningExisting().call(() -> reviews.review(reviews.verdictOf(claimId)));
    }

    @GET
    @Produces("application/x-ndjson")
    @Operation(summary = "Every public ClaimReview, one JSON-LD document per line, first published first")
    public Response feed() {
        StreamingOutput body = out -> {
            List<ObjectNode> all = QuarkusTransaction.requiringNew().call(() ->
                    FactCheck.<FactCheck>list("unpublishedAt is null order by firstPublishedAt, claimId").stream()
                            .map(c -> reviews.review(reviews.of(c))).toList());
            for (ObjectNode r : all) {
                out.write(JSON.writeValueAsString(r).getBytes(StandardCharsets.UTF_8));
                out.write('\n');
            }
        };
        return Response.ok(body, "application/x-ndjson").build();
    }
}
