package dev.vetted.core.publish;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/**
 * A published verdict as readers see it, at its own address. Created when the editor's approval
 * is published, changed only by approved corrections and by unpublishing, never deleted, so its
 * slug is never handed to another claim.
 */
@Entity
@Table(name = "fact_check")
public class FactCheck extends PanacheEntityBase {

    @Id
    @Column(name = "claim_id")
    public UUID claimId;

    @Column(nullable = false, unique = true, length = 120)
    public String slug;

    /** The number of the version readers see now (1 until a correction is approved). */
    @Column(name = "current_version", nullable = false)
    public int currentVersion;

    @Column(name = "first_published_at", nullable = false)
    public Instant firstPublishedAt;

    @Column(name = "last_corrected_at")
    public Instant lastCorrectedAt;

    /** Set when the newsroom took the verdict down; the page then shows a dated notice. */
    @Column(name = "unpublished_at")
    public Instant unpublishedAt;

    @Column(name = "unpublished_by", length = 200)
    public String unpublishedBy;

    @Column(name = "unpublished_reason", columnDefinition = "text")
    public String unpublishedReason;

    @Version
    public long version;

    public boolean isPublic() {
        return unpublishedAt == null;
    }

    /** When the verdict last changed for readers: its first publication or its latest correction. */
    public Instant changedAt() {
        return lastCorrectedAt == null ? firstPublishedAt : lastCorrectedAt;
    }
}
