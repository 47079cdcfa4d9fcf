package io.airisk.assessment.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/**
 * One score of an organization's latest submitted result (migration V12): its index, as
 * {@value #OVERALL}, or a dimension's score, by the dimension's id.
 */
@Entity
@Table(name = "organization_score")
@IdClass(ScoreEntity.Key.class)
public class ScoreEntity {

    /** The dimension that names the overall index. */
    public static final String OVERALL = "overall";

    @Id
    @Column(name = "organization_id")
    public UUID organizationId;

    @Id
    @Column(name = "dimension", length = 50)
    public String dimension;

    @Column(name = "score", nullable = false)
    public double score;

    /** The primary key: the organization and the dimension. */
    public record Key(UUID organizationId, String dimension) implements Serializable {}
}
