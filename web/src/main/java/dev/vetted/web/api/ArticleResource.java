package dev.vetted.web.api;

import dev.vetted.web.request.RequestValues;
import dev.vetted.core.article.Article;
import dev.vetted.core.intake.ArticleIntake;
import dev.vetted.core.article.Articles;
import dev.vetted.core.article.NewArticle;
import dev.vetted.core.intake.PageImports;
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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.time.Instant;
import java.util.UUID;

@Authenticated
@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
public class ArticleResource {

    /** What a client sends to import an article; publishedAt is a date or a date-time. */
    public record ImportRequest(String title, String outlet, String url, String publishedAt, String text) {
    }

    public record ArticleSummary(UUID id, String title, String outlet, String url, Instant publishedAt,
                                 String importedBy, Instant importedAt, int length) {
        static ArticleSummary of(Article a) {
            return new ArticleSummary(a.id, a.title, a.outlet, a.url, a.publishedAt, a.importedBy, a.importedAt,
                    a.text.length());
        }
    }

    public record ArticleView(UUID id, String title, String outlet, String url, String canonicalUrl, String authors,
                              Instant publishedAt, String language, String importedBy, Instant importedAt, String text) {
        static ArticleView of(Article a) {
            return new ArticleView(a.id, a.title, a.outlet, a.url, a.canonicalUrl, a.authors, a.publishedAt, a.language,
                    a.importedBy, a.importedAt, a.text);
        }
    }

    /**
     * An imported article with the claims Vetted suggests in it (status SUGGESTED); for a language
     * other than English, a note saying why there are none.
     */
    public record ImportedView(UUID id, String title, String outlet, String url, Instant publishedAt, String language,
                               String importedBy, Instant importedAt, String text,
                               java.util.List<ClaimResource.ClaimView> suggestions, String note) {
        static ImportedView of(ArticleIntake.Imported imported) {
            Article a = imported.article();
            String note = imported.alreadyImported() ? "This page was imported before; this is the article on record."
                    : imported.suggestionsMade() ? null
                    : "The article is in language '" + imported.language() + "'; claims are suggested for English (en) only.";
            return new ImportedView(a.id, a.title, a.outlet, a.url, a.publishedAt, a.language, a.importedBy, a.importedAt,
                    a.text, imported.suggestions().stream().map(ClaimResource.ClaimView::of).toList(), note);
        }
    }

    private final Articles articles;
    private final ArticleIntake intake;
    private final PageImports pages;
    private final CurrentActor actor;

    public ArticleResource(Articles articles, ArticleIntake intake, PageImports pages, CurrentActor actor) {
        this.articles = articles;
        this.intake = intake;
        this.pages = pages;
        this.actor = actor;
    }

    @RolesAllowed({Roles.FACT_CHECKER})
    @POST
    @Operation(summary = "Import an article: pasted (title, text up to 1 MiB) or from its web address (url alone); "
            + "the answer lists the claims Vetted suggests in it")
    public Response importArticle(ImportRequest request, UriInfo uri) {
        if (request == null) throw new BadRequestException("A JSON body with title and text, or with url alone, is required.");
        if ((request.text() == null || request.text().isBlank()) && request.url() != null && !request.url().isBlank()) {
            // the address alone: fetch the page, read its article, archive it (200 when it is on record already)
            ArticleIntake.Imported fetched = pages.importFrom(request.url(), actor.get());
            Response.ResponseBuilder answer = fetched.alreadyImported() ? Response.ok()
                    : Response.created(uri.getAbsolutePathBuilder().path(fetched.article().id.toString()).build());
            return answer.entity(ImportedView.of(fetched)).build();
        }
        ArticleIntake.Imported imported = intake.importArticle(new NewArticle(request.title(), request.outlet(), request.url(),
                RequestValues.instant("publishedAt", request.publishedAt()), request.text()), actor.get());
        return Response.created(uri.getAbsolutePathBuilder().path(imported.article().id.toString()).build())
                .entity(ImportedView.of(imported)).build();
    }

    /**
     * A saved page (the browser's "Save page as", HTML only) as a multipart upload in the part
     * {@code file}: read, stored with the file archived, and its claims suggested; 200 with the
     * article on record when the page's canonical address was imported before.
     */
    @RolesAllowed({Roles.FACT_CHECKER})
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Import an article from a saved web page (.html, at most 10 MB) uploaded in the multipart part 'file'")
    public Response importFile(@RestForm("file") FileUpload file, UriInfo uri) {
        if (file == null) throw new dev.vetted.core.common.InvalidInputException("file", "is required: the saved page (.html) in the part 'file'");
        ArticleIntake.Imported imported = pages.importFile(file.fileName(), file.contentType(), UploadedFiles.bytes(file), actor.get());
        Response.ResponseBuilder answer = imported.alreadyImported() ? Response.ok()
                : Response.created(uri.getAbsolutePathBuilder().path(imported.article().id.toString()).build());
        return answer.entity(ImportedView.of(imported)).build();
    }

    @GET
    @Operation(summary = "List articles, newest import first")
    public Page<ArticleSummary> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return articles.list(PageRequest.of(page, size)).map(ArticleSummary::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One article with its full text")
    public ArticleView get(@PathParam("id") String id) {
        return ArticleView.of(articles.get(RequestValues.pathId("article", id)));
    }

    /**
     * The page as archived when the article was imported, as a download: never rendered in the
     * desk's origin (attachment, no sniffing, a sandbox that runs nothing if a browser opens it).
     */
    @GET
    @Path("{id}/archive")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "The page an article was imported from, as fetched (its SHA-256 is in the X-Content-SHA256 header and the audit trail)")
    public Response archive(@PathParam("id") String id) {
        UUID articleId = RequestValues.pathId("article", id);
        articles.get(articleId);
        var archive = articles.archive(articleId).orElseThrow(() -> new dev.vetted.core.common.NotFoundException("archived page of article", articleId));
        return dev.vetted.web.archive.ArchivedPageDownload.of(archive);
    }
}
