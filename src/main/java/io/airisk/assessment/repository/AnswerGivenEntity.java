package io.airisk.assessment.repository;

import io.airisk.engine.Respondent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One giver's answer to one question of an assessment, and its note (migration V14). A giver is
 * a respondent token with a role, by its id, or {@link #COORDINATOR}: the keys and the tokens
 * without a role, who share one answer per question as they always have.
 */
@Entity
@Table(name = "answer_given")
@IdClass(AnswerGivenEntity.Key.class)
public class AnswerGivenEntity {

    /** The giver of answers from keys and from respondent tokens without a role. */
    public static final String COORDINATOR = "coordinator";

    @Id
    @Column(name = "assessment_id")
    public UUID assessmentId;

    @Id
    @Column(name = "question_id", length = 100)
    public String questionId;

    @Id
    @Column(name = "giver", length = 40)
    public String giver;

    /** The role the giver answers for; {@code null} for the coordinator. */
    @Enumerated(EnumType.STRING)
    @Column(name = "respondent_role", length = 16)
    public Respondent role;

    /** Who gave it: the credential as the audit trail names it (a token's name is read from the token). */
    @Column(name = "given_by", nullable = false, length = 200)
    public String givenBy;

    /** The answer as JSON text, as a client sends it. */
    @Column(name = "answer", length = 4000)
    public String answer;

    @Column(name = "note", length = 2000)
    public String note;

    /** Who wrote the note, as the audit trail names the credential: for the coordinator, maybe not who answered. */
    @Column(name = "noted_by", length = 64)
    public String notedBy;

    @Column(name = "answered_at", nullable = false)
    public Instant answeredAt;

    /** The primary key: assessment, question and giver. */
    public static class Key implements Serializable {
        public UUID assessmentId;
        public String questionId;
        public String giver;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(assessmentId, key.assessmentId)
                    && Objects.equals(questionId, key.questionId)
                    && Objects.equals(giver, key.giver);
        }

        @Override
        public int hashCode() {
            return Objects.hash(assessmentId, questionId, giver);
        }
    }
}
