package dev.vetted.web.publish;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vetted.core.common.Page;
import dev.vetted.core.common.PageRequest;
import dev.vetted.core.publish.FactCheck;
import dev.vetted.core.publish.FactChecks;
import jakarta.annotation.security.PermitAll;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.util.List;

/**
 * The public verdicts for aggregators and other fact-checkers: an Atom feed (RFC 4287, paged as
 * RFC 5005 says) and a schema.org DataFeed of their ClaimReviews, both newest change first, both
 * with the pages' links in the HTTP Link header too. A corrected verdict moves to the top.
 */
@Path("/fact-checks")
@PermitAll
@Tag(name = "Public fact checks")
public class FactCheckFeeds {

    static final String ATOM = "application/atom+xml";
    static final String JSON_LD = "application/ld+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FactChecks factChecks;
    private final ClaimReviews reviews;

    public FactCheckFeeds(FactChecks factChecks, ClaimReviews reviews) {
        this.factChecks = factChecks;
        this.reviews = reviews;
    }

    @GET
    @Path("feed.atom")
    @Produces(ATOM)
    public Response atom(@QueryParam("page") String page) {
        Window w = window(page, "/fact-checks/feed.atom");
        String xml = AtomFeed.write(reviews, w.verdicts(), w.links(), w.updated());
        return w.linked(Response.ok(xml, ATOM + ";charset=UTF-8")).build();
    }

    @GET
    @Path("data-feed.jsonld")
    @Produces(JSON_LD)
    public Response dataFeed(@QueryParam("page") String page) {
        Window w = window(page, "/fact-checks/data-feed.jsonld");
        ObjectNode feed = JSON.createObjectNode();
        feed.put("@context", "https://schema.org");
        feed.put("@type", "DataFeed");
        feed.put("name", reviews.newsroom() + " fact checks");
        feed.put("url", w.links().self());
        feed.put("dateModified", w.updated().toString());
        ArrayNode elements = feed.putArray("dataFeedElement");
        for (PublishedVerdict v : w.verdicts()) {
            ObjectNode element = elements.addObject();
            element.put("@type", "DataFeedItem");
            element.put("dateCreated", v.check().firstPublishedAt.toString());
            element.put("dateModified", v.check().changedAt().toString());
            element.set("item", reviews.review(v));
        }
        return w.linked(Response.ok(feed, JSON_LD + ";charset=UTF-8")).build();
    }

    private Window window(String page, String path) {
        PageRequest request = PublicPaging.request(page);
        Page<FactCheck> checks = factChecks.published(request);
        PublicPaging.requireWithin(request, checks.total());
        List<PublishedVerdict> verdicts = checks.items().stream().map(reviews::of).toList();
        int number = request.page() + 1;
        int last = PublicPaging.last(checks.total());
        String base = reviews.newsroomUrl() + path;
        java.util.function.IntFunction<String> at = n -> n == 1 ? base : base + "?page=" + n;
        FeedLinks links = new FeedLinks(at.apply(number), at.apply(1), at.apply(last), number > 1 ? at.apply(number - 1) : null,
                number < last ? at.apply(number + 1) : null, reviews.newsroomUrl() + "/fact-checks");
        // a feed's time is its newest entry's; an empty feed has not changed since the epoch
        Instant updated = verdicts.isEmpty() ? Instant.EPOCH : verdicts.get(0).check().changedAt();
        return new Window(verdicts, links, updated);
    }

    private record Window(List<PublishedVerdict> verdicts, FeedLinks links, Instant updated) {

        Response.ResponseBuilder linked(Response.ResponseBuilder response) {
            response.header("Cache-Control", FactCheckPages.CACHE);
            response.header("Link", "<" + links.first() + ">; rel=\"first\"").header("Link", "<" + links.last() + ">; rel=\"last\"");
            if (links.previous() != null) response.header("Link", "<" + links.previous() + ">; rel=\"previous\"");
            if (links.next() != null) response.header("Link", "<" + links.next() + ">; rel=\"next\"");
            return response;
        }
    }

    /** This page, the first and last, the neighbours (null at the ends), and the HTML list. */
    record FeedLinks(String self, String first, String last, String previous, String next, String html) {
    }
}
