package dev.vetted.core.statement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** What an official body said on the record: the evidence a confirmation can rest on. */
@Entity
@Table(name = "official_statement")
public class OfficialStatement extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, length = 300)
    public String body;

    @Column(length = 300)
    public String speaker;

    @Column(length = 2000)
    public String url;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(nullable = false, columnDefinition = "text")
    public String text;

    @Column(name = "added_by", nullable = false, length = 200)
    public String addedBy;

    @Column(name = "added_at", nullable = false)
    public Instant addedAt;
}
