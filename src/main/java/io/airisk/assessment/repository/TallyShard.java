package io.airisk.assessment.repository;

import io.airisk.assessment.AssessmentStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/** One of the rows that together count a tenant's assessments in one status ({@link AssessmentTally}). */
@Entity
@Table(name = "tenant_tally")
@IdClass(TallyShard.Key.class)
public class TallyShard {

    @Id
    @Column(name = "tenant_id")
    public UUID tenantId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 16)
    public AssessmentStatus status;

    @Id
    @Column(name = "shard")
    public int shard;

    @Column(name = "assessments", nullable = false)
    public long assessments;

    /** The primary key: tenant, status and shard. */
    public record Key(UUID tenantId, AssessmentStatus status, int shard) implements Serializable {}
}
