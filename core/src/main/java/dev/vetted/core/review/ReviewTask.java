package dev.vetted.core.review;

import dev.vetted.core.claim.Claim;
import dev.vetted.core.claim.Verdict;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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

/** One human step for one claim: open for a role, claimed by a person, decided once. */
@Entity
@Table(name = "review_task")
public class ReviewTask extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id")
    public Claim claim;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ReviewStep step;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public TaskState state;

    @Column(name = "candidate_role", nullable = false, length = 32)
    public String candidateRole;

    @Column(length = 200)
    public String assignee;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Column(nullable = false)
    public boolean overdue;

    @Column(name = "escalated_at")
    public Instant escalatedAt;

    /** The outcome's name ({@link #outcome()} gives it typed); a column of text, so old rows read as they were written. */
    @Column(length = 32)
    public String decision;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    public Verdict verdict;

    @Enumerated(EnumType.STRING)
    @Column(name = "send_back_to", length = 16)
    public ReviewStep sendBackTo;

    @Column(columnDefinition = "text")
    public String comment;

    /** JSON list of evidence items: {kind, url, quote, note, by}. */
    @Column(nullable = false, columnDefinition = "text")
    public String evidence = "[]";

    @Column(name = "decided_by", length = 200)
    public String decidedBy;

    @Column(name = "decided_by_subject", length = 200)
    public String decidedBySubject;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "source_key", nullable = false, length = 100, unique = true)
    public String sourceKey;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    /** The outcome, as its step's type; null while the task is undecided. */
    public Decision outcome() {
        return Decision.parse(step, decision).orElse(null);
    }
}
