package io.airisk.assessment.repository;

import io.airisk.assessment.StandingRow;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class StandingRepository implements PanacheRepositoryBase<StandingEntity, UUID> {

    /** The organization's standing, locked until the transaction ends: its rewrites queue here. */
    public Optional<StandingEntity> lock(UUID organizationId) {
        return findByIdOptional(organizationId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Up to {@code limit} organizations whose standing was written before the service kept it (migration V12). */
    public List<UUID> stale(int limit) {
        return getEntityManager()
                .createQuery("select organizationId from StandingEntity where stale = true", UUID.class)
                .setMaxResults(limit)
                .getResultList();
    }

    private static final String ROWS = "select new io.airisk.assessment.StandingRow(o.id, o.name, o.tenantId,"
            + " s.submitted, s.latestAssessmentId, s.latestSubmittedAt, s.previousAssessmentId, s.previousOverall,"
            + " s.summary) from StandingEntity s join OrganizationEntity o on o.id = s.organizationId"
            + " where s.summary is not null";

    /**
     * The tenant's organizations with a submitted assessment, of that industry and size (each
     * optional, compared trimmed and ignoring case) whose latest was submitted in [from, to) (each
     * optional): a range of the standings' tenant index, one row per organization.
     */
    public List<StandingRow> portfolio(UUID tenantId, String industry, String size, Instant from, Instant to) {
        StringBuilder query = new StringBuilder(ROWS).append(" and s.tenantId = :tenant");
        Map<String, Object> parameters = new HashMap<>(Map.of("tenant", tenantId));
        if (industry != null) {
            query.append(" and lower(trim(o.industry)) = :industry");
            parameters.put("industry", industry.strip().toLowerCase(Locale.ROOT));
        }
        if (size != null) {
            query.append(" and lower(trim(o.size)) = :size");
            parameters.put("size", size.strip().toLowerCase(Locale.ROOT));
        }
        if (from != null) {
            query.append(" and s.latestSubmittedAt >= :from");
            parameters.put("from", from);
        }
        if (to != null) {
            query.append(" and s.latestSubmittedAt < :to");
            parameters.put("to", to);
        }
        TypedQuery<StandingRow> rows = getEntityManager()
                .createQuery(query.append(" order by o.nameKey").toString(), StandingRow.class);
        parameters.forEach(rows::setParameter);
        return rows.getResultList();
    }

    /**
     * The organizations of a peer group with a submitted assessment, but one: of the tenant alone,
     * or of every tenant that takes part in peer benchmarks across tenants. A range of the peer
     * group index, whatever the tenants hold besides.
     */
    public List<StandingRow> peers(String peerGroup, UUID excluded, UUID tenantId, boolean acrossTenants) {
        String tenants = acrossTenants
                ? " and o.tenantId in (select t.id from TenantEntity t where t.peerBenchmarks = true)"
                : " and o.tenantId = :tenant";
        TypedQuery<StandingRow> rows = getEntityManager()
                .createQuery(ROWS + " and o.peerGroup = :group and o.id <> :excluded" + tenants, StandingRow.class)
                .setParameter("group", peerGroup)
                .setParameter("excluded", excluded);
        if (!acrossTenants) {
            rows.setParameter("tenant", tenantId);
        }
        return rows.getResultList();
    }
}
