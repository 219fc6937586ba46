package dev.vetted.core.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A signed checkpoint of the audit tree, as made. */
@Entity
@Table(name = "audit_checkpoint")
public class AuditCheckpoint extends PanacheEntityBase {

    @Id
    @Column(name = "tree_size")
    public Long treeSize;

    @Column(name = "root_hash", nullable = false, length = 64)
    public String rootHash;

    @Column(nullable = false, columnDefinition = "text")
    public String note;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
