package dev.vetted.core.intake;

import dev.vetted.core.common.Actor;
import dev.vetted.core.page.FetchedPage;
import dev.vetted.core.page.HtmlArticles;
import dev.vetted.core.page.PageArticle;
import dev.vetted.core.page.PageFetcher;
import dev.vetted.core.page.UploadedPage;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Imports an article from its web address: the page is fetched and read first, outside any
 * transaction (a slow site must not hold a database connection), then stored with its archive
 * and suggestions in one; an uploaded saved page the same way. Internal addresses are refused unless {@code vetted.fetch.allow-internal}.
 */
@ApplicationScoped
public class PageImports {

    private final ArticleIntake intake;
    private final PageFetcher fetcher;
    private final java.time.Clock clock;

    public PageImports(ArticleIntake intake, java.time.Clock clock,
                       FetchSettings settings) {
        this.intake = intake;
        this.clock = clock;
        this.fetcher = new PageFetcher(settings.allowInternal());
    }

    /** A saved page a fact-checker uploaded, read and stored like a fetched one. */
    public ArticleIntake.Imported importFile(String fileName, String declaredType, byte[] bytes, Actor actor) {
        UploadedPage file = UploadedPage.of(fileName, declaredType, bytes, clock.instant());
        PageArticle read = HtmlArticles.read(file.bytes(), null, null);
        return intake.importUpload(file, read, actor);
    }

    public ArticleIntake.Imported importFrom(String url, Actor actor) {
        FetchedPage page = fetcher.fetch(url);
        PageArticle read = HtmlArticles.read(page.bytes(), page.charset(), page.finalUrl());
        return intake.importPage(page, read, actor);
    }
}
