package dev.vetted.core.article;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * The page an article was imported from, byte for byte as fetched (or as uploaded, a saved page),
 * with its SHA-256: what the article said when it was checked.
 */
@Entity
@Table(name = "article_archive")
public class ArticleArchive extends PanacheEntityBase {

    @Id
    @Column(name = "article_id")
    public UUID articleId;

    @Column(nullable = false)
    public byte[] content;

    @Column(nullable = false, length = 64)
    public String sha256;

    @Column(name = "content_type", nullable = false, length = 100)
    public String contentType;

    /** Where the page was fetched from after redirects; null for an uploaded file. */
    @Column(name = "final_url", length = 2000)
    public String finalUrl;

    /** The name of the uploaded file; null for a fetched page. */
    @Column(name = "file_name", length = 255)
    public String fileName;

    /** When the page was fetched, or the file received. */
    @Column(name = "fetched_at", nullable = false)
    public Instant fetchedAt;

    /** The bytes as received, for the article stored with them (its id is set when that article is). */
    public static ArticleArchive of(byte[] content, String sha256, String contentType, Instant receivedAt) {
        ArticleArchive archive = new ArticleArchive();
        archive.content = content;
        archive.sha256 = sha256;
        archive.contentType = contentType;
        archive.fetchedAt = receivedAt;
        return archive;
    }
}
