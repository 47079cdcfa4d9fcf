package io.airisk.assessment.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class OrganizationRepository implements PanacheRepositoryBase<OrganizationEntity, UUID> {

    /** The key a name is found by, whatever its case: the same as an assessment's organization key. */
    public static String nameKey(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** The tenant's organization of that id; another tenant's is absent. */
    public Optional<OrganizationEntity> find(UUID tenantId, UUID id) {
        return findByIdOptional(id).filter(organization -> organization.tenantId.equals(tenantId));
    }

    /** The tenant's organization of that id, locked until the transaction ends. */
    public Optional<OrganizationEntity> lock(UUID tenantId, UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .filter(organization -> organization.tenantId.equals(tenantId));
    }

    /**
     * Gives a peer group to the organizations that have an industry and a size but no group:
     * those that existed before migration V12, or that an instance of an earlier release wrote.
     */
    public int placeInPeerGroups() {
        List<OrganizationEntity> ungrouped = list("peerGroup is null and industry is not null and size is not null");
        ungrouped.forEach(organization ->
                organization.peerGroup = OrganizationEntity.peerGroup(organization.industry, organization.size));
        return ungrouped.size();
    }

    /** The tenant's organization of that name, ignoring case. */
    public Optional<OrganizationEntity> named(UUID tenantId, String name) {
        return find("tenantId = ?1 and nameKey = ?2", tenantId, nameKey(name)).firstResultOptional();
    }

    /**
     * A page of the tenant's organizations by name, those whose name begins with {@code prefix}
     * (ignoring case) when it is given: a range of the unique index on (tenant, name key).
     */
    public List<OrganizationEntity> page(UUID tenantId, String prefix, int page, int size) {
        return filtered(tenantId, prefix).page(page, size).list();
    }

    public long count(UUID tenantId, String prefix) {
        return filtered(tenantId, prefix).count();
    }

    private io.quarkus.hibernate.orm.panache.PanacheQuery<OrganizationEntity> filtered(UUID tenantId, String prefix) {
        if (prefix == null) {
            return find("tenantId = ?1 order by nameKey", tenantId);
        }
        String escaped =
                nameKey(prefix).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return find("tenantId = ?1 and nameKey like ?2 escape '\\' order by nameKey", tenantId, escaped + "%");
    }
}
