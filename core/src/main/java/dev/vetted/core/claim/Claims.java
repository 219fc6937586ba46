package dev.vetted.core.claim;

import dev.vetted.core.article.Article;
import dev.vetted.core.article.Articles;
import dev.vetted.core.audit.AuditAction;
import dev.vetted.core.audit.AuditLog;
import dev.vetted.core.common.Actor;
import dev.vetted.core.common.ConflictException;
import dev.vetted.core.common.InputRules;
import dev.vetted.core.common.NotFoundException;
import dev.vetted.core.common.Page;
import dev.vetted.core.common.PageRequest;
import dev.vetted.core.common.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Adds claims to the desk and finds them. */
@ApplicationScoped
public class Claims {

    public static final int MAX_TEXT = 5000;
    public static final int MAX_SPEAKER = 300;

    private final Articles articles;
    private final ClaimRouting routing;
    private final AuditLog audit;
    private final Clock clock;

    public Claims(Articles articles, ClaimRouting routing, AuditLog audit, Clock clock) {
        this.articles = articles;
        this.routing = routing;
        this.audit = audit;
        this.clock = clock;
    }

    /** A claim the fact-checker puts on the desk directly: it is accepted, so UNVERIFIED, and routed. */
    @Transactional
    public Claim create(NewClaim input, Actor actor) {
        Claim claim = add(input, ClaimStatus.UNVERIFIED, null, actor);
        routing.submit(claim, actor);
        return claim;
    }

    @Transactional
    public Claim add(NewClaim input, ClaimStatus status, Double checkworthiness, Actor actor) {
        InputRules rules = new InputRules()
                .maxLength("text", input.text(), MAX_TEXT)
                .maxLength("speaker", input.speaker(), MAX_SPEAKER)
                .maxLength("quote", input.quote(), MAX_TEXT);
        Article article = input.articleId() == null ? null : articles.get(input.articleId());
        String text = claimText(input, article, rules);
        rules.check();

        Instant now = clock.instant();
        Claim claim = new Claim();
        claim.id = UUID.randomUUID();
        claim.article = article;
        claim.text = text.strip();
        claim.speaker = Text.blankToNull(input.speaker());
        claim.speakerKind = claim.speaker == null ? null : Text.blankToNull(input.speakerKind());
        claim.speakerRole = claim.speaker == null ? null : Text.blankToNull(input.speakerRole());
        claim.quote = Text.blankToNull(input.quote());
        claim.start = input.start();
        claim.end = input.end();
        claim.checkworthiness = checkworthiness;
        claim.begin(status, now);
        claim.createdBy = actor.username();
        claim.createdAt = now;
        claim.persist();
        return claim;
    }

    /** The claim's words: as given, or the article's span between start and end (checked against what was given). */
    private static String claimText(NewClaim input, Article article, InputRules rules) {
        String text = input.text();
        boolean hasSpan = input.start() != null || input.end() != null;
        if (article != null && hasSpan) {
            text = checkSpan(article, input.start(), input.end(), text, rules);
        } else if (hasSpan) {
            rules.fail("articleId", "is required when start and end are given");
        }
        if (rules.ok() && (text == null || text.isBlank())) {
            rules.fail("text", article == null
                    ? "is required for a claim that is not a span of an article"
                    : "is required, or give start and end to take it from the article");
        }
        return text;
    }

    /**
     * A fact-checker takes a suggested claim onto the desk, optionally reworded or re-attributed;
     * from here on routing drives its status.
     */
    @Transactional
    public Claim accept(UUID id, String text, String speaker, String quote, Actor actor) {
        Claim claim = get(id);
        claim.accept(clock.instant());
        new InputRules().maxLength("text", text, MAX_TEXT).maxLength("speaker", speaker, MAX_SPEAKER)
                .maxLength("quote", quote, MAX_TEXT).check();
        if (text != null && !text.isBlank()) claim.text = text.strip();
        if (speaker != null && !speaker.strip().equals(claim.speaker == null ? "" : claim.speaker)) {
            // a speaker the fact-checker named differently is no longer the entity extraction found
            claim.speaker = Text.blankToNull(speaker);
            claim.speakerKind = null;
            claim.speakerRole = null;
        }
        if (quote != null) claim.quote = Text.blankToNull(quote);
        routing.submit(claim, actor);
        return claim;
    }

    /** A suggestion the fact-checker does not want; it stays on record as DISMISSED. */
    @Transactional
    public Claim dismiss(UUID id, Actor actor) {
        Claim claim = get(id);
        claim.dismiss(clock.instant());
        audit.record(actor, AuditAction.CLAIM_DISMISSED, claim.id, java.util.Map.of("text", claim.text));
        return claim;
    }

    public Claim get(UUID id) {
        Claim claim = Claim.findById(id);
        if (claim == null) throw new NotFoundException("claim", id);
        return claim;
    }

    /** How many claims of each article are in one of these statuses, for lists that show it per article. */
    public java.util.Map<UUID, Long> countPerArticle(ClaimStatus... statuses) {
        java.util.Map<UUID, Long> counts = new java.util.HashMap<>();
        List<Object[]> rows = Claim.getEntityManager().createQuery(
                "select c.article.id, count(c) from Claim c where c.status in :statuses and c.article is not null group by c.article.id",
                Object[].class).setParameter("statuses", List.of(statuses)).getResultList();
        for (Object[] row : rows) counts.put((UUID) row[0], (Long) row[1]);
        return counts;
    }

    /** How many claims have the status, exactly (for the few statuses whose count a page shows in words). */
    public long count(ClaimStatus status) {
        return Claim.count("status", status);
    }

    /** Claims matching the filter, newest first; a text search puts the best matches first. */
    public Page<Claim> list(ClaimFilter filter, PageRequest request) {
        return ClaimQuery.list(filter, request);
    }

    private static String checkSpan(Article article, Integer start, Integer end, String text, InputRules rules) {
        int length = article.text.length();
        if (start == null || end == null) {
            rules.fail(start == null ? "start" : "end", "is required when the other end of the span is given");
            return text;
        }
        if (start < 0 || start >= length) {
            rules.fail("start", "is " + start + " but must lie within the article (0 to " + (length - 1) + ")");
        }
        if (end <= start || end > length) {
            rules.fail("end", "is " + end + " but must be after start and at most the article length (" + length + ")");
        }
        if (rules.ok() && (text == null || text.isBlank()) && end - start > MAX_TEXT) {
            rules.fail("end", "the span is " + (end - start) + " characters; a claim is at most " + MAX_TEXT);
        }
        if (!rules.ok()) return text;
        String span = article.text.substring(start, end);
        if (span.isBlank()) rules.fail("start", "the span " + start + "-" + end + " holds only white space");
        return text == null || text.isBlank() ? span : text;
    }

}
