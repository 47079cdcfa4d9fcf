package io.airisk.assessment.repository;

import io.airisk.engine.RiskBand;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * An organization's standing (migration V12): its latest submitted assessment's index and band,
 * the index of the one before, and how many it has submitted; its latest scores and steps are
 * {@link ScoreEntity} and {@link StepEntity} rows. Rewritten whole whenever one of its assessments
 * is submitted or deleted ({@code Standings}); null and zero while it has none.
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

    @Column(name = "latest_overall")
    public Double latestOverall;

    @Enumerated(EnumType.STRING)
    @Column(name = "latest_band", length = 16)
    public RiskBand latestBand;

    @Column(name = "previous_assessment_id")
    public UUID previousAssessmentId;

    @Column(name = "previous_overall")
    public Double previousOverall;
}
