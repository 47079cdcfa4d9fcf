package io.airisk.assessment.repository;

import io.airisk.assessment.AssessmentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.util.concurrent.ThreadLocalRandom;
import org.hibernate.StatelessSession;

/**
 * How many assessments there are in each status (table {@code assessment_tally}, migration V3),
 * so that a list's total does not count rows. Every change joins the caller's transaction: the
 * tally commits, or rolls back, with the assessment it counts. It runs on the transaction's
 * stateless session, as a create's insert does, so a create opens no persistence context.
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
        return status == null
                ? session.createSelectionQuery("select coalesce(sum(t.assessments), 0) from TallyShard t", Long.class)
                        .getSingleResult()
                : session.createSelectionQuery(
                                "select coalesce(sum(t.assessments), 0) from TallyShard t where t.status = :status",
                                Long.class)
                        .setParameter("status", status)
                        .getSingleResult();
    }

    /**
     * One arithmetic update on the row, on the session's connection: the one write not made through
     * the entity, because locking, loading and writing back the row through Hibernate made a
     * create cost half as much CPU again (docs/performance.md).
     */
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
