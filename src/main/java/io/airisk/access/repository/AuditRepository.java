package io.airisk.access.repository;

import io.airisk.common.storage.PageByIds;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AuditRepository implements PanacheRepositoryBase<AuditEventEntity, UUID> {

    /**
     * Up to {@code limit} of a tenant's events from {@code offset}, newest first: their ids a range
     * of the index on (tenant, time, id), whatever the trail's length, then the events by id
     * ({@link PageByIds}).
     */
    public List<AuditEventEntity> newestFirst(UUID tenantId, int offset, int limit) {
        List<UUID> ids = getEntityManager()
                .createQuery(
                        "select id from AuditEventEntity where tenantId = :tenant"
                                + " order by tenantId, occurredAt desc, id desc",
                        UUID.class)
                .setParameter("tenant", tenantId)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
        return ids.isEmpty() ? List.of() : PageByIds.inOrder(ids, list("id in ?1", ids), event -> event.id);
    }
}
