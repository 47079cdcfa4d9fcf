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

/** One of the rows that together count the assessments in one status ({@link AssessmentTally}). */
@Entity
@Table(name = "assessment_tally")
@IdClass(TallyShard.Key.class)
public class TallyShard {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 16)
    public AssessmentStatus status;

    @Id
    @Column(name = "shard")
    public int shard;

    @Column(name = "assessments", nullable = false)
    public long assessments;

    /** The primary key: status and shard. */
    public record Key(AssessmentStatus status, int shard) implements Serializable {}
}
