package io.airisk.webhook.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Timeouts;
import org.hibernate.jpa.SpecHints;

@ApplicationScoped
public class DeliveryRepository implements PanacheRepositoryBase<DeliveryEntity, UUID> {

    /**
     * Up to {@code limit} pending deliveries due at {@code now}, the longest due first, locked until
     * the transaction ends; those another instance holds locked are skipped rather than waited for
     * ({@code FOR UPDATE SKIP LOCKED} on PostgreSQL), so that each is taken by one instance.
     */
    public List<DeliveryEntity> lockDue(Instant now, int limit) {
        return getEntityManager()
                .createQuery(
                        "from DeliveryEntity where status = :status and nextAttemptAt <= :now order by nextAttemptAt",
                        DeliveryEntity.class)
                .setParameter("status", DeliveryStatus.PENDING)
                .setParameter("now", now)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint(SpecHints.HINT_SPEC_LOCK_TIMEOUT, Timeouts.SKIP_LOCKED_MILLI)
                .setMaxResults(limit)
                .getResultList();
    }

    /** A delivery, locked until the transaction ends. */
    public Optional<DeliveryEntity> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Forgets an endpoint's deliveries, sent or not. */
    public void forget(UUID webhookId) {
        delete("webhookId", webhookId);
    }

    /** A page of an endpoint's deliveries, newest first: a range of the log index. */
    public List<DeliveryEntity> page(UUID webhookId, int page, int size) {
        return find("webhookId = ?1 order by createdAt desc, id desc", webhookId)
                .page(page, size)
                .list();
    }

    public long countOf(UUID webhookId) {
        return count("webhookId", webhookId);
    }

    /** Forgets the deliveries that ended (delivered or failed) before {@code before}. */
    public long purgeEnded(Instant before) {
        return delete("status <> ?1 and createdAt < ?2", DeliveryStatus.PENDING, before);
    }
}
