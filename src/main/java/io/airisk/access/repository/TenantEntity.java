package io.airisk.access.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A consultancy or a company: the owner of assessments, keys and tokens (migration V5). */
@Entity
@Table(name = "tenant")
public class TenantEntity {

    /** The tenant that migration V5 creates, whose first ADMIN key the first start creates. */
    public static final UUID FIRST = UUID.fromString("00000000-0000-7000-8000-000000000001");

    @Id
    public UUID id;

    @Column(name = "name", nullable = false, length = 400)
    public String name;

    /** Whether its organizations take part in peer benchmarks across tenants (migration V12). */
    @Column(name = "peer_benchmarks", nullable = false)
    public boolean peerBenchmarks;

    /**
     * Whether a submitted assessment waits for a second EDITOR or ADMIN to approve it before its
     * result counts (migration V14).
     */
    @Column(name = "review_required", nullable = false)
    public boolean reviewRequired;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
