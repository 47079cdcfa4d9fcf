package io.airisk.assessment.repository;

import io.airisk.access.TenantCreated;
import io.airisk.assessment.AssessmentStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How many assessments each tenant has in each status (table {@code tenant_tally}, migrations V3
 * and V5), so that a list's total does not count rows. Every change joins the caller's
 * transaction: the tally commits, or rolls back, with the assessment it counts. A change is one
 * arithmetic update of a row, never a read and write back of it.
 *
 * <p>Each tenant's status is spread over {@value #SHARDS} rows and each change picks one at random,
 * so that concurrent writers seldom queue on the same row lock. A transaction that changes two
 * statuses uses one shard and locks them in the enum's order: no two such transactions can wait
 * for each other in a cycle.
 */
@ApplicationScoped
public class AssessmentTally implements PanacheRepositoryBase<TallyShard, TallyShard.Key> {

    /** Rows per tenant and status; migration V5 creates the first tenant's, {@link #open} the others'. */
    static final int SHARDS = 16;

    /** Creates a new tenant's rows, at zero, in the transaction that creates the tenant. */
    void open(@Observes TenantCreated created) {
        for (AssessmentStatus status : AssessmentStatus.values()) {
            for (int shard = 0; shard < SHARDS; shard++) {
                TallyShard row = new TallyShard();
                row.tenantId = created.tenantId();
                row.status = status;
                row.shard = shard;
                persist(row);
            }
        }
    }

    /** Counts one more assessment in {@code status}. */
    public void added(UUID tenantId, AssessmentStatus status) {
        add(tenantId, status, 1, shard());
    }

    /** Counts one assessment fewer in {@code status}. */
    public void removed(UUID tenantId, AssessmentStatus status) {
        add(tenantId, status, -1, shard());
    }

    /** Moves one assessment from one status to another. */
    public void moved(UUID tenantId, AssessmentStatus from, AssessmentStatus to) {
        int shard = shard();
        if (from.compareTo(to) < 0) {
            add(tenantId, from, -1, shard);
            add(tenantId, to, 1, shard);
        } else {
            add(tenantId, to, 1, shard);
            add(tenantId, from, -1, shard);
        }
    }

    /** The tenant's assessments in {@code status}, or in all statuses when it is {@code null}. */
    public long total(UUID tenantId, AssessmentStatus status) {
        return status == null
                ? find("select coalesce(sum(assessments), 0) from TallyShard where tenantId = ?1", tenantId)
                        .project(Long.class)
                        .singleResult()
                : find(
                                "select coalesce(sum(assessments), 0) from TallyShard"
                                        + " where tenantId = ?1 and status = ?2",
                                tenantId,
                                status)
                        .project(Long.class)
                        .singleResult();
    }

    /**
     * One arithmetic update in SQL: Hibernate translates an HQL update anew on every execution (it
     * caches the plans of selects only), which cost more than the update itself on every create.
     * Executing it flushes the session's pending inserts first, so a create sends its assessment
     * before it locks the tally's row.
     */
    private void add(UUID tenantId, AssessmentStatus status, int delta, int shard) {
        int updated = getEntityManager()
                .createNativeQuery("update tenant_tally set assessments = assessments + ?1"
                        + " where tenant_id = ?2 and status = ?3 and shard = ?4")
                .setParameter(1, (long) delta)
                .setParameter(2, tenantId)
                .setParameter(3, status.name())
                .setParameter(4, shard)
                .executeUpdate();
        if (updated != 1) {
            throw new IllegalStateException(
                    "tenant_tally has no row for tenant " + tenantId + ", " + status + ", shard " + shard);
        }
    }

    private static int shard() {
        return ThreadLocalRandom.current().nextInt(SHARDS);
    }
}
