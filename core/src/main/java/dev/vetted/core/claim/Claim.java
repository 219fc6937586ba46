package dev.vetted.core.claim;

import dev.vetted.core.article.Article;
import dev.vetted.core.common.ConflictException;
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

    /** A new claim's first status: a suggestion, or a claim typed in and routed at once. */
    public void begin(ClaimStatus initial, Instant at) {
        if (status != null || !initial.isInitial()) throw new IllegalStateException("a claim begins SUGGESTED or UNVERIFIED, once");
        status = initial;
        updatedAt = at;
    }

    /** A fact-checker takes the suggestion onto the desk. */
    public void accept(Instant at) {
        requireSuggestion("accepted");
        moveTo(ClaimStatus.UNVERIFIED, at);
    }

    /** A fact-checker does not want the suggestion; it stays on record. */
    public void dismiss(Instant at) {
        requireSuggestion("dismissed");
        moveTo(ClaimStatus.DISMISSED, at);
    }

    /**
     * Routing opened a review step: the claim is in review, or awaiting sign-off when the step is
     * the editor's. An outcome already reached stays (a late task of a finished claim changes nothing).
     */
    public void reviewOpened(boolean signoff, Instant at) {
        ClaimStatus next = signoff ? ClaimStatus.AWAITING_SIGNOFF : ClaimStatus.IN_REVIEW;
        if (status.mayBecome(next)) moveTo(next, at);
    }

    /** The editor's approval is published with its verdict; false when it already was. */
    public boolean publish(Verdict rating, Instant at) {
        if (status == ClaimStatus.PUBLISHED) return false;
        requireMayBecome(ClaimStatus.PUBLISHED);
        verdict = rating;
        moveTo(ClaimStatus.PUBLISHED, at);
        return true;
    }

    /** The editor rejected the claim; false when it already was. */
    public boolean reject(Instant at) {
        if (status == ClaimStatus.REJECTED) return false;
        requireMayBecome(ClaimStatus.REJECTED);
        moveTo(ClaimStatus.REJECTED, at);
        return true;
    }

    /** An approved correction changes the published verdict; the status stays PUBLISHED. */
    public void correctVerdict(Verdict rating, Instant at) {
        if (status != ClaimStatus.PUBLISHED) throw new ConflictException("Claim " + id + " is " + status + "; only a published verdict is corrected.");
        verdict = rating;
        updatedAt = at;
    }

    private void requireSuggestion(String done) {
        if (status != ClaimStatus.SUGGESTED) {
            throw new ConflictException("Claim " + id + " is " + status + ", not SUGGESTED; only a suggestion can be " + done + ".");
        }
    }

    private void requireMayBecome(ClaimStatus next) {
        if (!status.mayBecome(next)) throw new ConflictException("Claim " + id + " is " + status + " and cannot become " + next + ".");
    }

    private void moveTo(ClaimStatus next, Instant at) {
        status = next;
        updatedAt = at;
    }
}
