package io.airisk.assessment.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The answers of an assessment by giver, and the coordinator's resolutions. An assessment has at
 * most a question's worth of rows per giver, and a bounded number of givers (at most {@code
 * AccessTokens.MAX_WITH_ROLE} tokens with a role, revoked ones included, and the coordinator), so
 * its rows are read whole.
 */
@ApplicationScoped
public class AnswerGivenRepository implements PanacheRepositoryBase<AnswerGivenEntity, AnswerGivenEntity.Key> {

    /** Every answer given to the assessment, by question then time. */
    public List<AnswerGivenEntity> of(UUID assessmentId) {
        return list("assessmentId = ?1 order by questionId, answeredAt, giver", assessmentId);
    }

    /** The answers given to these assessments that carry a note, by assessment, question and time. */
    public List<AnswerGivenEntity> notesOf(Collection<UUID> assessmentIds) {
        if (assessmentIds.isEmpty()) {
            return List.of();
        }
        return list(
                "assessmentId in ?1 and note is not null order by assessmentId, questionId, answeredAt, giver",
                assessmentIds);
    }

    /** The coordinator's choices on these assessments that carry a note, by assessment and question. */
    public List<AnswerResolutionEntity> resolutionNotesOf(Collection<UUID> assessmentIds) {
        if (assessmentIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager()
                .createQuery(
                        "from AnswerResolutionEntity where assessmentId in ?1 and note is not null"
                                + " order by assessmentId, questionId",
                        AnswerResolutionEntity.class)
                .setParameter(1, assessmentIds)
                .getResultList();
    }

    public List<AnswerResolutionEntity> resolutionsOf(UUID assessmentId) {
        return getEntityManager()
                .createQuery(
                        "from AnswerResolutionEntity where assessmentId = ?1 order by questionId",
                        AnswerResolutionEntity.class)
                .setParameter(1, assessmentId)
                .getResultList();
    }

    public void persist(AnswerResolutionEntity resolution) {
        getEntityManager().persist(resolution);
    }

    public void remove(AnswerResolutionEntity resolution) {
        getEntityManager().remove(resolution);
    }

    /** Forgets who gave what: the answers have moved to another questionnaire version. */
    public void forget(UUID assessmentId) {
        delete("assessmentId", assessmentId);
        getEntityManager()
                .createQuery("delete from AnswerResolutionEntity where assessmentId = ?1")
                .setParameter(1, assessmentId)
                .executeUpdate();
    }
}
