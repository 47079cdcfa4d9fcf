package io.airisk.access.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ApiKeyRepository implements PanacheRepositoryBase<ApiKeyEntity, UUID> {

    /** The key with that hash, unless revoked (through the unique index on the hash); a
     * transaction of its own when the caller has none, as a credential is checked before any. */
    @Transactional
    public Optional<ApiKeyEntity> findActive(String keyHash) {
        return find("keyHash = ?1 and revokedAt is null", keyHash).firstResultOptional();
    }

    /** A tenant's keys that are not revoked, oldest first. */
    public List<ApiKeyEntity> listActive(UUID tenantId, int limit) {
        return find("tenantId = ?1 and revokedAt is null", Sort.by("createdAt").and("id"), tenantId)
                .range(0, limit - 1)
                .list();
    }

    public long countActive(UUID tenantId) {
        return count("tenantId = ?1 and revokedAt is null", tenantId);
    }
}
