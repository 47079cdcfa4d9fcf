package io.airisk.assessment.repository;

import io.airisk.assessment.Standing;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

/**
 * An organization's standing (migration V12): its latest submitted assessment in summary, the
 * index of the one before, and how many it has submitted. Rewritten whole whenever one of its
 * assessments is submitted or deleted ({@code Standings}); all null and zero while it has none.
 */
@Entity
@Table(name = "organization_standing")
public class StandingEntity {

    @Id
    @Column(name = "organization_id")
    public UUID organizationId;

    @Column(name = "tenant_id", nullable = false)
    public UUID tenantId;

    /** Written before this row was kept up to date (migration V12): the service recomputes it when it starts. */
    @Column(name = "stale", nullable = false)
    public boolean stale;

    /** How many submitted assessments the organization holds. */
    @Column(name = "submitted", nullable = false)
    public int submitted;

    @Column(name = "latest_assessment_id")
    public UUID latestAssessmentId;

    @Column(name = "latest_submitted_at")
    public Instant latestSubmittedAt;

    @Column(name = "previous_assessment_id")
    public UUID previousAssessmentId;

    @Column(name = "previous_submitted_at")
    public Instant previousSubmittedAt;

    @Column(name = "previous_overall")
    public Double previousOverall;

    /** The latest submitted result in summary; never changed in place, only replaced. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "summary")
    public Standing summary;
}
