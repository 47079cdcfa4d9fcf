package io.airisk.assessment.repository;

import io.airisk.assessment.AssessmentStatus;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.UuidGenerator;

/**
 * The columns of an assessment row but its answers and result, which the two mappings of the row
 * read differently: {@link AssessmentEntity} as records, {@link StoredAssessment} as the JSON text
 * stored.
 */
@MappedSuperclass
public abstract class AssessmentColumns {

    /**
     * A version 7 UUID: it begins with the creation time, so new rows go to the end of the
     * primary-key index instead of a random, often uncached, page of it.
     */
    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    /** The tenant the assessment belongs to (migration V5): no other tenant's caller ever sees it. */
    @Column(name = "tenant_id", nullable = false)
    public UUID tenantId;

    /** Optimistic lock: concurrent changes to one assessment cannot overwrite each other. */
    @Version
    public long version;

    /** The organization the assessment belongs to (migration V9). */
    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    /**
     * The organization's name, kept with the assessment for its list and filter, and updated when
     * the organization is renamed. Up to 200 characters, which may take 400 UTF-16 units (migration V4).
     */
    @Column(name = "organization_name", nullable = false, length = 400)
    public String organizationName;

    /** The name lower-cased, so that the case-insensitive filter can use an index; lower-casing may lengthen it. */
    @Column(name = "organization_key", nullable = false, length = 800)
    public String organizationKey;

    @Column(name = "organization_industry", length = 200)
    public String organizationIndustry;

    @Column(name = "organization_size", length = 100)
    public String organizationSize;

    @Column(name = "questionnaire_version", nullable = false, length = 50)
    public String questionnaireVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    public AssessmentStatus status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    /** Who submitted it, as the audit trail names the credential (migration V14); absent before. */
    @Column(name = "submitted_by", length = 64)
    public String submittedBy;

    /** Who approved it, where its tenant requires a review (migration V14). */
    @Column(name = "approved_by", length = 64)
    public String approvedBy;

    @Column(name = "approved_at")
    public Instant approvedAt;
}
