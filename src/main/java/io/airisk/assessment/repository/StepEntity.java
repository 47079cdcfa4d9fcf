package io.airisk.assessment.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/** A recommendation an organization's latest submitted result fired, with its expected reduction (migration V12). */
@Entity
@Table(name = "organization_step")
@IdClass(StepEntity.Key.class)
public class StepEntity {

    @Id
    @Column(name = "organization_id")
    public UUID organizationId;

    @Id
    @Column(name = "recommendation_id", length = 100)
    public String recommendationId;

    @Column(name = "title", nullable = false, length = 500)
    public String title;

    @Column(name = "reference", length = 20)
    public String reference;

    @Column(name = "reduction", nullable = false)
    public double reduction;

    /** The primary key: the organization and the recommendation. */
    public record Key(UUID organizationId, String recommendationId) implements Serializable {}
}
