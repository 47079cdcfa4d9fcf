package io.airisk.assessment.repository;

import io.airisk.assessment.service.AssessmentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.util.concurrent.ThreadLocalRandom;
import org.hibernate.StatelessSession;

/**
 * How many assessments there are in each status (table {@code assessment_tally}, migration V3),
 * so that a list's total does not count rows. Every change joins the caller's transaction: the
 * tally commits, or rolls back, with the assessment it counts. The statements run through the
 * transaction's stateless session, so that a create, which inserts through it too, opens no
 * persistence context at all.
 *
 * <p>Each status is spread over {@value #SHARDS} rows and each change picks one at random, so
 * that concurrent writers seldom queue on the same row lock. A transaction that changes two
 * statuses uses one shard and locks them in the enum's order: no two such transactions can wait
 * for each other in a cycle.
 */
@ApplicationScoped
public class AssessmentTally {

    /** Rows per status; migration V3 creates them. */
    static final int SHARDS = 16;

    /**
     * Run as a plain statement on the session's connection: as a native query, Hibernate parsed
     * its parameters and cleaned up after a bulk operation on every call, a tenth of a create.
     */
    private static final String ADD =
            "UPDATE assessment_tally SET assessments = assessments + ? WHERE status = ? AND shard = ?";

    private final StatelessSession session;

    public AssessmentTally(StatelessSession session) {
        this.session = session;
    }

    /** Counts one more assessment in {@code status}. */
    public void added(AssessmentStatus status) {
        add(status, 1, shard());
    }

    /** Counts one assessment fewer in {@code status}. */
    public void removed(AssessmentStatus status) {
        add(status, -1, shard());
    }

    /** Moves one assessment from one status to another. */
    public void moved(AssessmentStatus from, AssessmentStatus to) {
        int shard = shard();
        if (from.compareTo(to) < 0) {
            add(from, -1, shard);
            add(to, 1, shard);
        } else {
            add(to, 1, shard);
            add(from, -1, shard);
        }
    }

    /** The number of assessments in {@code status}, or in all statuses when it is {@code null}. */
    public long total(AssessmentStatus status) {
        Number total = (Number) (status == null
                        ? session.createNativeQuery("SELECT COALESCE(SUM(assessments), 0) FROM assessment_tally")
                        : session.createNativeQuery(
                                        "SELECT COALESCE(SUM(assessments), 0) FROM assessment_tally WHERE status = ?1")
                                .setParameter(1, status.name()))
                .getSingleResult();
        return total.longValue();
    }

    private void add(AssessmentStatus status, int delta, int shard) {
        int updated = session.doReturningWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement(ADD)) {
                update.setInt(1, delta);
                update.setString(2, status.name());
                update.setInt(3, shard);
                return update.executeUpdate();
            }
        });
        if (updated != 1) {
            throw new IllegalStateException("assessment_tally has no row for " + status + ", shard " + shard);
        }
    }

    private static int shard() {
        return ThreadLocalRandom.current().nextInt(SHARDS);
    }
}
