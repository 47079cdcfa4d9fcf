package io.airisk.access.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.hibernate.StatelessSession;

@ApplicationScoped
public class AuditRepository implements PanacheRepositoryBase<AuditEventEntity, UUID> {

    private final StatelessSession statelessSession;

    public AuditRepository(StatelessSession statelessSession) {
        this.statelessSession = statelessSession;
    }

    /** Inserts at once through the transaction's stateless session, as an assessment's create does. */
    public void insert(AuditEventEntity event) {
        statelessSession.insert(event);
    }

    /**
     * Up to {@code limit} of a tenant's events from {@code offset}, newest first: a range of the
     * index on (tenant, time, id), whatever the trail's length.
     */
    public List<AuditEventEntity> newestFirst(UUID tenantId, int offset, int limit) {
        return find(
                        "tenantId = ?1",
                        Sort.by("tenantId")
                                .and("occurredAt", Sort.Direction.Descending)
                                .and("id", Sort.Direction.Descending),
                        tenantId)
                .range(offset, offset + limit - 1)
                .list();
    }
}
