package dev.vetted.core.claim;

import dev.vetted.core.article.Article;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A factual assertion to verify, with the source it is attributed to. */
@Entity
@Table(name = "claim")
public class Claim extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Null for a claim typed in freely rather than taken from an imported article. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "article_id")
    public Article article;

    @Column(nullable = false, length = 5000)
    public String text;

    /** Who the article attributes the claim to, as written; null when it names no one. */
    @Column(length = 300)
    public String speaker;

    /** What kind of source the speaker is: person, organisation, outlet or anonymous; null when unknown. */
    @Column(name = "speaker_kind", length = 16)
    public String speakerKind;

    /** The speaker's role or title as the article writes it ("Deputy National Security Advisor"). */
    @Column(name = "speaker_role", length = 300)
    public String speakerRole;

    /** The quoted words, when the claim rests on a direct quote. */
    @Column(length = 5000)
    public String quote;

    /**
     * The claim's full-text search document, which PostgreSQL keeps itself (a generated column,
     * migration V8). Mapped only so that searches can name it; never loaded, never written.
     */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "search_document", columnDefinition = "tsvector", insertable = false, updatable = false)
    @JdbcTypeCode(SqlTypes.OTHER)
    String searchDocument;

    /** Character offsets of the claim in the article text (end exclusive). */
    @Column(name = "start_offset")
    public Integer start;

    @Column(name = "end_offset")
    public Integer end;

    public Double checkworthiness;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public ClaimStatus status;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    public Verdict verdict;

    @Column(name = "created_by", nullable = false, length = 200)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** What locating the attribution in the source found (JSON), once routing has looked. */
    @Column(columnDefinition = "text")
    public String located;

    @Version
    public long version;
}
