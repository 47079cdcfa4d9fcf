package io.airisk.assessment.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A coordinator's choice on a question whose respondents disagree, with an optional note (migration V14). */
@Entity
@Table(name = "answer_resolution")
@IdClass(AnswerResolutionEntity.Key.class)
public class AnswerResolutionEntity {

    @Id
    @Column(name = "assessment_id")
    public UUID assessmentId;

    @Id
    @Column(name = "question_id", length = 100)
    public String questionId;

    /** The answer chosen, as JSON text. */
    @Column(name = "answer", nullable = false, length = 4000)
    public String answer;

    @Column(name = "note", length = 2000)
    public String note;

    @Column(name = "resolved_by", nullable = false, length = 64)
    public String resolvedBy;

    @Column(name = "resolved_at", nullable = false)
    public Instant resolvedAt;

    /** The primary key: assessment and question. */
    public static class Key implements Serializable {
        public UUID assessmentId;
        public String questionId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(assessmentId, key.assessmentId)
                    && Objects.equals(questionId, key.questionId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(assessmentId, questionId);
        }
    }
}
