package io.airisk.assessment.repository;

import io.airisk.engine.ScoreResult;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
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
public class AssessmentEntity extends AssessmentColumns {

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
}
