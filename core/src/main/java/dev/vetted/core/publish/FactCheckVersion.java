package dev.vetted.core.publish;

import dev.vetted.core.claim.Verdict;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * One version of a published verdict: the first is the editor's sign-off, each later one an
 * approved correction with its note. Versions are only ever added, so a page can show them all.
 */
@Entity
@Table(name = "fact_check_version")
public class FactCheckVersion extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "claim_id", nullable = false)
    public UUID claimId;

    @Column(nullable = false)
    public int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public Verdict verdict;

    /** The editor's explanation, shown to readers. */
    @Column(columnDefinition = "text")
    public String explanation;

    /** Why the verdict was corrected; null for the first version. */
    @Column(name = "correction_note", columnDefinition = "text")
    public String correctionNote;

    /** Who proposed the correction; null for the first version, which the sign-off made. */
    @Column(name = "proposed_by", length = 200)
    public String proposedBy;

    @Column(name = "approved_by", nullable = false, length = 200)
    public String approvedBy;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    public boolean isCorrection() {
        return number > 1;
    }
}
