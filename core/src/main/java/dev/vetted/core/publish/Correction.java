package dev.vetted.core.publish;

import dev.vetted.core.claim.Verdict;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/**
 * A proposed change to a published verdict. It waits for an editor who did not propose it: approved,
 * it becomes the fact check's next version; declined, it stays on the desk's record only.
 */
@Entity
@Table(name = "fact_check_correction")
public class Correction extends PanacheEntityBase {

    public enum State { PROPOSED, APPROVED, DECLINED }

    @Id
    public UUID id;

    @Column(name = "claim_id", nullable = false)
    public UUID claimId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public Verdict verdict;

    @Column(columnDefinition = "text")
    public String explanation;

    @Column(nullable = false, columnDefinition = "text")
    public String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public State state;

    @Column(name = "proposed_by", nullable = false, length = 200)
    public String proposedBy;

    @Column(name = "proposed_by_subject", nullable = false, length = 200)
    public String proposedBySubject;

    @Column(name = "proposed_at", nullable = false)
    public Instant proposedAt;

    @Column(name = "decided_by", length = 200)
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decline_reason", columnDefinition = "text")
    public String declineReason;

    @Version
    public long version;
}
