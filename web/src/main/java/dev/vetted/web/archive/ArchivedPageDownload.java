package dev.vetted.web.archive;

import dev.vetted.core.article.ArticleArchive;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The page an article was imported from, as a download that never runs in the desk's origin:
 * an attachment, no content sniffing, and a sandbox with nothing allowed if a browser opens it
 * anyway. Its SHA-256 travels in a header, to set beside the audit trail's.
 */
public final class ArchivedPageDownload {

    private ArchivedPageDownload() {
    }

    public static Response of(ArticleArchive archive) {
        Response.ResponseBuilder download = Response.ok(archive.content, MediaType.APPLICATION_OCTET_STREAM_TYPE)
                .header("Content-Disposition", "attachment; filename=\"article-" + archive.articleId + ".html\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .header("X-Content-SHA256", archive.sha256);
        // an uploaded file came from no address; its name is not echoed in a header, it is the user's
        return archive.finalUrl == null ? download.build() : download.header("X-Final-URL", archive.finalUrl).build();
    }
}
