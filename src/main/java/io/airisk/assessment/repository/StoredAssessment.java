package io.airisk.assessment.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * An assessment row read only to be shown: its answers and result are the JSON text stored, written
 * out as they are instead of being parsed into records and serialized again, which is most of what
 * a read costs (docs/performance.md, "The second read path"). What the text holds is what
 * {@link AssessmentEntity} wrote from the records; everything that changes or interprets an
 * assessment reads that entity.
 */
@Entity
@Immutable
@Table(name = "assessment")
public class StoredAssessment extends AssessmentColumns {

    /** The answers' JSON text. */
    @Column(name = "answers", nullable = false)
    public String answers;

    /** The result's JSON text; null for a draft. */
    @Column(name = "result")
    public String result;
}
