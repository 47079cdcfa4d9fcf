package io.airisk.webhook.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class WebhookRepository implements PanacheRepositoryBase<WebhookEntity, UUID> {

    /** The tenant's endpoints, oldest first: a range of the tenant index. */
    public List<WebhookEntity> of(UUID tenantId) {
        return list("tenantId = ?1 order by createdAt, id", tenantId);
    }

    /** The tenant's endpoint of that id; another tenant's is absent. */
    public Optional<WebhookEntity> find(UUID tenantId, UUID id) {
        return findByIdOptional(id).filter(webhook -> webhook.tenantId.equals(tenantId));
    }

    public long countOf(UUID tenantId) {
        return count("tenantId", tenantId);
    }
}
