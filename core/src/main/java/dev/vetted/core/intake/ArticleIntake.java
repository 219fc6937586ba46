package dev.vetted.core.intake;

import dev.vetted.core.article.Article;
import dev.vetted.core.article.ArticleArchive;
import dev.vetted.core.article.Articles;
import dev.vetted.core.article.NewArticle;
import dev.vetted.core.claim.Claim;
import dev.vetted.core.claim.ClaimStatus;
import dev.vetted.core.claim.Claims;
import dev.vetted.core.claim.NewClaim;
import dev.vetted.core.common.Actor;
import dev.vetted.core.extract.ClaimExtractor;
import dev.vetted.core.extract.Extraction;
import dev.vetted.core.extract.SuggestedClaim;
import dev.vetted.core.page.FetchedPage;
import dev.vetted.core.page.PageArticle;
import dev.vetted.core.page.UploadedPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Imports an article together with the claims the extractor suggests in it, in one transaction.
 * Suggestions below the check-worthiness threshold ({@code vetted.extract.threshold}) are not
 * stored, so the desk is not flooded; an article in a language the extractor does not handle is
 * stored with its language and no suggestions.
 */
@ApplicationScoped
public class ArticleIntake {

    /**
     * The imported article, its language and its suggested claims (status SUGGESTED); for a page
     * imported before (same canonical address), the article already on record and no new claims.
     */
    public record Imported(Article article, String language, List<Claim> suggestions, boolean alreadyImported) {

        public Imported(Article article, String language, List<Claim> suggestions) {
            this(article, language, suggestions, false);
        }

        public boolean suggestionsMade() {
            return ClaimExtractor.LANGUAGE.equals(language);
        }
    }

    private final Articles articles;
    private final Claims claims;
    private final ClaimExtractor extractor;
    private final Event<ClaimsSuggested> suggested;

    public ArticleIntake(Articles articles, Claims claims, Event<ClaimsSuggested> suggested,
                         ExtractSettings settings) {
        this.articles = articles;
        this.claims = claims;
        this.suggested = suggested;
        this.extractor = new ClaimExtractor(settings.threshold());
    }

    @Transactional
    public Imported importArticle(NewArticle input, Actor actor) {
        return suggest(articles.importArticle(input, actor), actor);
    }

    /**
     * An article read from a fetched page: stored with the page as archived, its hash, address and
     * time in the audit event; a page whose canonical address is on record already is not stored twice.
     */
    @Transactional
    public Imported importPage(FetchedPage page, PageArticle read, Actor actor) {
        String canonical = read.canonicalUrl() != null ? read.canonicalUrl() : page.finalUrl();
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("sha256", page.sha256());
        source.put("finalUrl", page.finalUrl());
        source.put("fetchedAt", page.fetchedAt().toString());
        ArticleArchive archive = ArticleArchive.of(page.bytes(), page.sha256(), page.contentType(), page.fetchedAt());
        archive.finalUrl = cut(page.finalUrl(), 2000);
        String address = page.requestedUrl().length() > 2000 ? null : page.requestedUrl();
        return store(read, canonical, address, page.finalUrl(), source, archive, actor);
    }

    /**
     * An article read from a saved page a fact-checker uploaded: as above, with the file's name and
     * arrival in place of an address and fetch time. The page's own canonical address, when it names
     * one, is the article's address and recognises a page imported before.
     */
    @Transactional
    public Imported importUpload(UploadedPage file, PageArticle read, Actor actor) {
        String canonical = webAddress(read.canonicalUrl());
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("sha256", file.sha256());
        source.put("fileName", file.fileName());
        source.put("receivedAt", file.receivedAt().toString());
        ArticleArchive archive = ArticleArchive.of(file.bytes(), file.sha256(), file.contentType(), file.receivedAt());
        archive.fileName = file.fileName();
        return store(read, canonical, canonical, file.fileName(), source, archive, actor);
    }

    private Imported store(PageArticle read, String canonical, String address, String untitled, Map<String, Object> source,
                           ArticleArchive archive, Actor actor) {
        if (canonical != null) {
            var known = articles.findByCanonicalUrl(canonical);
            if (known.isPresent()) return new Imported(known.get(), known.get().language, List.of(), true);
        }
        String title = read.title() != null ? read.title() : untitled;
        Article article = articles.importArticle(new NewArticle(cut(title, 500), cut(read.outlet(), 200), address,
                read.publishedAt(), read.text()), actor, source);
        article.canonicalUrl = canonical == null || canonical.length() > 2000 ? null : canonical;
        article.authors = read.authors().isEmpty() ? null : fitAuthors(String.join("; ", read.authors()));
        archive.articleId = article.id;
        archive.persist();
        return suggest(article, actor);
    }

    /** An http(s) address short enough to keep, else null: a saved page's canonical link may be relative or odd. */
    private static String webAddress(String url) {
        if (url == null || url.length() > 2000) return null;
        String lower = url.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? url : null;
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    private static String fitAuthors(String authors) {
        return authors.length() <= 2000 ? authors : authors.substring(0, 2000);
    }

    private Imported suggest(Article article, Actor actor) {
        long started = System.nanoTime();
        Extraction extraction = extractor.analyse(article.text);
        suggested.fire(new ClaimsSuggested(Duration.ofNanos(System.nanoTime() - started), article.text.length(),
                extraction.claims().size()));
        article.language = extraction.language();
        List<Claim> suggestions = new ArrayList<>();
        for (SuggestedClaim s : extraction.claims()) {
            suggestions.add(claims.add(new NewClaim(article.id, s.start(), s.end(), s.text(), fit(s.speaker()),
                    s.speakerKind(), fit(s.speakerRole()), s.quote()), ClaimStatus.SUGGESTED, s.checkworthiness(), actor));
        }
        return new Imported(article, extraction.language(), suggestions);
    }

    /** Names and roles longer than the column are run-on text the extractor took for a name: cut at a word. */
    private static String fit(String value) {
        if (value == null || value.length() <= Claims.MAX_SPEAKER) return value;
        int cut = value.lastIndexOf(' ', Claims.MAX_SPEAKER);
        return value.substring(0, cut > 0 ? cut : Claims.MAX_SPEAKER);
    }
}
