package dev.vetted.core.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One thing that happened on the desk: who, when, what, to which claim, with the details that matter. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(nullable = false)
    public Instant at;

    @Column(name = "actor_subject", nullable = false, length = 200)
    public String actorSubject;

    @Column(name = "actor_name", nullable = false, length = 200)
    public String actorName;

    @Column(nullable = false, length = 64)
    public String action;

    @Column(name = "claim_id")
    public UUID claimId;

    /** JSON object with the details of the action. */
    @Column(nullable = false, columnDefinition = "text")
    public String data;
}
