package dev.vetted.core.article;

import dev.vetted.core.audit.AuditAction;
import dev.vetted.core.audit.AuditLog;
import dev.vetted.core.common.Actor;
import dev.vetted.core.common.Conditions;
import dev.vetted.core.common.InputRules;
import dev.vetted.core.common.NotFoundException;
import dev.vetted.core.common.Page;
import dev.vetted.core.common.PageRequest;
import dev.vetted.core.common.RowCount;
import dev.vetted.core.common.Text;
import dev.vetted.core.common.TooLargeException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Imports articles and finds them again. */
@ApplicationScoped
public class Articles {

    /** Long enough for any news article and its boilerplate; larger bodies are pasted by mistake. */
    public static final int MAX_TEXT_BYTES = 1024 * 1024;

    private final Clock clock;
    private final AuditLog audit;

    public Articles(Clock clock, AuditLog audit) {
        this.clock = clock;
        this.audit = audit;
    }

    @Transactional
    public Article importArticle(NewArticle input, Actor actor) {
        return importArticle(input, actor, java.util.Map.of());
    }

    /** As above, with what the audit event should also record of where the text came from (a fetched page's hash). */
    @Transactional
    public Article importArticle(NewArticle input, Actor actor, java.util.Map<String, Object> source) {
        if (input.text() != null && utf8Length(input.text()) > MAX_TEXT_BYTES) {
            throw new TooLargeException("The article text is " + utf8Length(input.text())
                    + " bytes; at most " + MAX_TEXT_BYTES + " bytes (1 MiB) can be imported. Paste the article alone, without the site around it.");
        }
        InputRules rules = new InputRules()
                .required("title", input.title(), 500)
                .maxLength("outlet", input.outlet(), 200)
                .maxLength("url", input.url(), 2000)
                .required("text", input.text(), Integer.MAX_VALUE);
        rules.webAddress("url", input.url()).check();

        Article article = new Article();
        article.id = UUID.randomUUID();
        article.title = input.title().strip();
        article.outlet = Text.blankToNull(input.outlet());
        article.url = Text.blankToNull(input.url());
        article.publishedAt = input.publishedAt();
        article.text = input.text();
        article.importedBy = actor.username();
        article.importedAt = clock.instant();
        article.persist();
        java.util.Map<String, Object> data = new java.util.LinkedHashMap<>(source);
        data.put("articleId", article.id.toString());
        data.put("title", article.title);
        audit.record(actor, AuditAction.ARTICLE_IMPORTED, null, data);
        return article;
    }

    public Article get(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("article", id));
    }

    public Optional<Article> find(UUID id) {
        return Article.findByIdOptional(id);
    }

    public Optional<Article> findByCanonicalUrl(String url) {
        return url == null ? Optional.empty() : Article.find("canonicalUrl", url).firstResultOptional();
    }

    public Optional<ArticleArchive> archive(UUID articleId) {
        return ArticleArchive.findByIdOptional(articleId);
    }

    public Optional<Article> findByTitle(String title) {
        return Article.find("title", title).firstResultOptional();
    }

    public Page<Article> list(PageRequest request) {
        var items = Article.<Article>findAll(Sort.descending("importedAt").and("id")).page(request.page(), request.size()).list();
        RowCount total = RowCount.ofPage(Article.getEntityManager(), Article.class, new Conditions(), request, items.size());
        return new Page<>(items, request.page(), request.size(), total);
    }

    static int utf8Length(String s) {
        // Counting without encoding keeps a 10 MB paste from allocating another 10 MB just to be refused.
        int bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) bytes += 1;
            else if (c < 0x800) bytes += 2;
            else if (Character.isHighSurrogate(c)) { bytes += 4; i++; }
            else bytes += 3;
        }
        return bytes;
    }
}
