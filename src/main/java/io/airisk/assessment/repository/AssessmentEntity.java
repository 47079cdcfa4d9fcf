package io.airisk.assessment.repository;

import io.airisk.assessment.AssessmentStatus;
import io.airisk.engine.ScoreResult;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.annotations.UuidGenerator;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

/**
 * A stored assessment. Answers and the result are JSON columns (migration V7), read and written
 * whole: the answers as clients send them, since what each value means belongs to its question,
 * and the result as the record it was computed as, never recomputed. Never leaves the persistence
 * layer.
 */
@Entity
@Table(name = "assessment")
public class AssessmentEntity {

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

    /** Up to 200 characters, which may take 400 UTF-16 units (migration V4). */
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

    /**
     * Answers keyed by question id, each value as a client sends it; the engine's parser reads them.
     * Never changed in place, only replaced, as the result is: Hibernate then neither copies them
     * for each entity it loads nor compares them by content at a flush, where a number read back
     * as another type than it was written as would look like a change.
     */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "answers", nullable = false)
    public Map<String, Object> answers;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "result")
    public ScoreResult result;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "submitted_at")
    public Instant submittedAt;
}
