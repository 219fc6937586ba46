package dev.vetted.core.article;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A news article as a fact-checker imported it: the source every claim of it points back to. */
@Entity
@Table(name = "article")
public class Article extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, length = 500)
    public String title;

    @Column(length = 200)
    public String outlet;

    @Column(length = 2000)
    public String url;

    @Column(name = "published_at")
    public Instant publishedAt;

    /** The full text; claim offsets are character offsets into it. */
    @Column(name = "body", nullable = false, columnDefinition = "text")
    public String text;

    /** The page's own canonical address, for an article imported from the web; the same page imported again is recognised by it. */
    @Column(name = "canonical_url", length = 2000)
    public String canonicalUrl;

    /** The authors the page names, separated by "; ". */
    @Column(length = 2000)
    public String authors;

    /** The language the text is written in (ISO 639-1 where there is one); null for articles imported before it was noted. */
    @Column(length = 16)
    public String language;

    @Column(name = "imported_by", nullable = false, length = 200)
    public String importedBy;

    @Column(name = "imported_at", nullable = false)
    public Instant importedAt;
}
