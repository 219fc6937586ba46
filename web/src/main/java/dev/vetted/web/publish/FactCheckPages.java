package dev.vetted.web.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vetted.core.article.ArticleArchive;
import dev.vetted.core.audit.AuditTrail;
import dev.vetted.core.claim.Claim;
import dev.vetted.core.common.NotFoundException;
import dev.vetted.core.common.Page;
import dev.vetted.core.common.PageRequest;
import dev.vetted.core.publish.FactCheck;
import dev.vetted.core.publish.FactCheckVersion;
import dev.vetted.core.publish.FactChecks;
import dev.vetted.core.publish.PublicEvidence;
import dev.vetted.web.archive.ArchivedPageDownload;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.concurrent.Semaphore;

/**
 * What readers see without signing in: every public verdict, one page per verdict at its slug
 * (with its versions, sources and ClaimReview), a dated notice where a verdict was taken down,
 * and the verdict's history from the audit trail with inclusion proofs. Nothing else of the desk.
 */
@Path("/fact-checks")
@PermitAll
@Tag(name = "Public fact checks")
public class FactCheckPages {

    /** A verdict's page: the verdict now, its versions newest first, its sources, its JSON-LD. */
    public record View(PublishedVerdict verdict, String url, List<FactCheckVersion> versions,
                       List<PublicEvidence.Source> sources, ArticleArchive archive, String jsonLd, String newsroom) {

        public List<FactCheckVersion> earlier() {
            return versions.subList(1, versions.size());
        }
    }

    /** A verdict in the public list, linked on this site (the page's own address may name the newsroom's public host). */
    public record Item(PublishedVerdict verdict, String url) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance factCheck(View view);

        static native TemplateInstance takenDown(FactCheck check, String newsroom);

        static native TemplateInstance index(List<Item> items, int page, int previous, int next, int last, String newsroom);
    }

    /**
     * What readers get is the same for everyone, so caches may keep it a minute: a correction
     * reaches readers within that, and a burst of readers after a share costs one render a minute.
     */
    static final String CACHE = "public, max-age=60";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A history reads the whole trail to prove inclusion, so only this many are read at once. */
    private static final Semaphore HISTORY_READS = new Semaphore(2);

    private final FactChecks factChecks;
    private final ClaimReviews reviews;
    private final AuditTrail trail;

    private final boolean archivedPages;

    public FactCheckPages(FactChecks factChecks, ClaimReviews reviews, AuditTrail trail,
                          PublishSettings settings) {
        this.archivedPages = settings.archivedPages();
        this.factChecks = factChecks;
        this.reviews = reviews;
        this.trail = trail;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response index(@QueryParam("page") String page) {
        PageRequest request = PublicPaging.request(page);
        Page<FactCheck> checks = factChecks.published(request);
        PublicPaging.requireWithin(request, checks.total());
        List<Item> items = checks.items().stream().map(c -> new Item(reviews.of(c), "/fact-checks/" + c.slug)).toList();
        int number = request.page() + 1;
        return Response.ok(Templates.index(items, number, number - 1, number + 1, PublicPaging.last(checks.total()),
                reviews.newsroom())).header("Cache-Control", CACHE).build();
    }

    @GET
    @Path("{slug}")
    @Produces(MediaType.TEXT_HTML)
    public Response page(@PathParam("slug") String slug) {
        FactCheck check = factChecks.bySlug(slug);
        // withdrawn, not missing: 410 tells crawlers and aggregators to drop it, the notice tells people why
        if (!check.isPublic()) return Response.status(Response.Status.GONE).entity(Templates.takenDown(check, reviews.newsroom()))
                .header("Cache-Control", CACHE).build();
        PublishedVerdict verdict = reviews.of(check);
        ArticleArchive archive = publicArchive(verdict.claim());
        return Response.ok(Templates.factCheck(new View(verdict, reviews.pageUrl(check), factChecks.versions(check.claimId),
                factChecks.sources(check.claimId), archive, jsonLd(verdict), reviews.newsroom()))).header("Cache-Control", CACHE).build();
    }

    /**
     * The page the claim was checked on, as the desk fetched it: a sandboxed download, so a
     * reader can see what it said then even after the outlet changes it.
     */
    @GET
    @Path("{slug}/archived")
    public Response archived(@PathParam("slug") String slug) {
        FactCheck check = factChecks.bySlug(slug);
        ArticleArchive archive = check.isPublic() ? publicArchive(Claim.findById(check.claimId)) : null;
        if (archive == null) throw NotFoundException.described("The fact check at /fact-checks/" + check.slug + " has no archived page to show.");
        return ArchivedPageDownload.of(archive);
    }

    /**
     * The archived page readers may download: only one the desk fetched from a public address.
     * A page saved in a browser and uploaded may hold what was behind a paywall or a sign-in,
     * the fact-checker's account included, so it stays on the desk.
     */
    private ArticleArchive publicArchive(Claim claim) {
        if (!archivedPages) return null;
        if (claim == null || claim.article == null) return null;
        ArticleArchive archive = ArticleArchive.<ArticleArchive>find("articleId", claim.article.id).firstResult();
        return archive == null || archive.finalUrl == null || archive.fileName != null ? null : archive;
    }

    @GET
    @Path("{slug}/history")
    @Produces("application/x-ndjson")
    public Response history(@PathParam("slug") String slug) {
        FactCheck check = factChecks.bySlug(slug);
        if (!HISTORY_READS.tryAcquire()) {
            throw new WebApplicationException(Response.status(503).header("Retry-After", 5).build());
        }
        // a verdict has a handful of events, so the answer is small; it is built before the slot is given back
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            trail.exportEventsOf(check.claimId, FactChecks.PUBLIC_ACTIONS, body);
        } finally {
            HISTORY_READS.release();
        }
        return Response.ok(body.toByteArray(), "application/x-ndjson")
                // headers are ASCII, slugs need not be
                .header("Content-Disposition", "inline; filename=\"fact-check-history.jsonl\"").build();
    }

    /** The ClaimReview as a script block: "<" escaped so no text of a claim can close the block. */
    private String jsonLd(PublishedVerdict verdict) {
        try {
            return JSON.writeValueAsString(reviews.review(verdict)).replace("<", "\\u003c").replace(">", "\\u003e")
                    .replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
