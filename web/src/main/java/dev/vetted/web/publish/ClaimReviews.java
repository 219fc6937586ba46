package dev.vetted.web.publish;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vetted.core.claim.Claim;
import dev.vetted.core.common.ConflictException;
import dev.vetted.core.publish.FactCheck;
import dev.vetted.core.publish.FactChecks;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * schema.org ClaimReview for a published verdict, with what Google's fact-check markup requires
 * (claimReviewed, reviewRating, url, author) and recommends (itemReviewed with its author and
 * appearance, datePublished), the url being the verdict's public page. Rating scale: see README.
 */
@ApplicationScoped
public class ClaimReviews {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FactChecks factChecks;
    private final String newsroom;
    private final String newsroomUrl;

    public ClaimReviews(FactChecks factChecks, NewsroomSettings settings) {
        this.factChecks = factChecks;
        this.newsroom = settings.name();
        this.newsroomUrl = settings.url().replaceAll("/+$", "");
    }

    /** The public page's address. */
    public String pageUrl(FactCheck check) {
        return newsroomUrl + "/fact-checks/" + check.slug;
    }

    public String newsroomUrl() {
        return newsroomUrl;
    }

    public String newsroom() {
        return newsroom;
    }

    /** The verdict readers see for the claim; refused while the claim has no public verdict. */
    public PublishedVerdict verdictOf(UUID claimId) {
        FactCheck check = factChecks.ofClaim(claimId).filter(FactCheck::isPublic).orElse(null);
        if (check == null) {
            Claim claim = Claim.findById(claimId);
            throw new ConflictException("Claim " + claimId + " has no public verdict"
                    + (claim == null ? "" : " (it is " + claim.status + ")") + "; a ClaimReview exists only once it is published.");
        }
        return of(check);
    }

    public PublishedVerdict of(FactCheck check) {
        return new PublishedVerdict(check, Claim.findById(check.claimId), factChecks.current(check));
    }

    public ObjectNode review(PublishedVerdict v) {
        Claim claim = v.claim();
        ObjectNode r = JSON.createObjectNode();
        r.put("@context", "https://schema.org");
        r.put("@type", "ClaimReview");
        r.put("url", pageUrl(v.check()));
        r.put("claimReviewed", claim.text);
        r.put("datePublished", day(v.check().firstPublishedAt));
        if (v.check().lastCorrectedAt != null) r.put("dateModified", v.check().lastCorrectedAt.toString());
        ObjectNode author = r.putObject("author");
        author.put("@type", "Organization");
        author.put("name", newsroom);
        author.put("url", newsroomUrl);
        ObjectNode rating = r.putObject("reviewRating");
        rating.put("@type", "Rating");
        rating.put("ratingValue", v.current().verdict.rating());
        rating.put("bestRating", 5);
        rating.put("worstRating", 1);
        rating.put("alternateName", v.current().verdict.words());
        if (v.current().explanation != null) rating.put("ratingExplanation", v.current().explanation);
        r.set("itemReviewed", itemReviewed(claim));
        return r;
    }

    private static ObjectNode itemReviewed(Claim claim) {
        ObjectNode item = JSON.createObjectNode();
        item.put("@type", "Claim");
        if (claim.speaker != null) {
            ObjectNode speaker = item.putObject("author");
            speaker.put("@type", isPerson(claim) ? "Person" : "Organization");
            speaker.put("name", claim.speaker);
            if (claim.speakerRole != null) speaker.put("jobTitle", claim.speakerRole);
        }
        if (claim.article != null) {
            if (claim.article.publishedAt != null) item.put("datePublished", day(claim.article.publishedAt));
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
        return item;
    }

    /** Extraction names the kind of speaker; a speaker typed in by hand is a person when it reads like a name. */
    private static boolean isPerson(Claim claim) {
        if (claim.speakerKind != null) return claim.speakerKind.equals("person");
        return claim.speaker.split(" ").length <= 3 && Character.isUpperCase(claim.speaker.charAt(0));
    }

    private static String day(Instant at) {
        return at.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }
}
