package io.airisk.assessment.repository;

import io.airisk.assessment.PeerCounts;
import io.airisk.assessment.PortfolioFigures;
import io.airisk.assessment.PortfolioFigures.Selection;
import io.airisk.engine.RiskBand;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Organizations' standings (migration V12), and what the database computes of them: the
 * portfolio's counts, quartiles and shared steps, and a peer group's percentiles. Every query reads
 * the standings of the organizations it selects, a few rows each, through the standings' tenant
 * index or the organizations' peer group index; none returns those rows.
 */
@ApplicationScoped
public class StandingRepository implements PanacheRepositoryBase<StandingEntity, UUID> {

    /** The organization's standing, locked until the transaction ends: its rewrites queue here. */
    public Optional<StandingEntity> lock(UUID organizationId) {
        return findByIdOptional(organizationId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Up to {@code limit} organizations whose standing was written before the service kept it (migration V12). */
    public List<UUID> stale(int limit) {
        return getEntityManager()
                .createQuery(
                        "select organizationId from StandingEntity where stale = true order by organizationId",
                        UUID.class)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Marks stale every standing that does not name its organization's latest submitted assessment,
     * and gives a stale standing to every organization without one: what instances of a release
     * before migration V12 wrote during a rolling upgrade, and organizations written by other
     * means. One statement each, an index lookup per organization.
     */
    public int markOutOfDate() {
        int created = getEntityManager()
                .createNativeQuery("INSERT INTO organization_standing (organization_id, tenant_id, stale, submitted)"
                        + " SELECT o.id, o.tenant_id, TRUE, 0 FROM organization o WHERE NOT EXISTS"
                        + " (SELECT 1 FROM organization_standing s WHERE s.organization_id = o.id)")
                .executeUpdate();
        int outOfDate = getEntityManager()
                .createNativeQuery("UPDATE organization_standing s SET stale = TRUE WHERE stale = FALSE AND"
                        + " s.latest_assessment_id IS DISTINCT FROM (SELECT a.id FROM assessment a"
                        + " WHERE a.organization_id = s.organization_id AND a.status = 'SUBMITTED'"
                        + " ORDER BY a.submitted_at DESC, a.id DESC LIMIT 1)")
                .executeUpdate();
        return created + outOfDate;
    }

    /** Replaces the organization's latest scores and steps. */
    public void replaceLatest(UUID organizationId, List<ScoreEntity> scores, List<StepEntity> steps) {
        getEntityManager()
                .createQuery("delete from ScoreEntity where organizationId = :organization")
                .setParameter("organization", organizationId)
                .executeUpdate();
        getEntityManager()
                .createQuery("delete from StepEntity where organizationId = :organization")
                .setParameter("organization", organizationId)
                .executeUpdate();
        scores.forEach(getEntityManager()::persist);
        steps.forEach(getEntityManager()::persist);
    }

    /** The portfolio's figures over the tenant's organizations that the selection takes. */
    public PortfolioFigures portfolio(UUID tenantId, Selection selection) {
        Filter filter = Filter.of(tenantId, selection);
        Object[] totals = (Object[]) filter.bind(getEntityManager()
                        .createQuery("select count(s), coalesce(sum(s.submitted), 0)" + filter.from()))
                .getSingleResult();
        Map<RiskBand, Long> bands = new EnumMap<>(RiskBand.class);
        for (RiskBand band : RiskBand.values()) {
            bands.put(band, 0L);
        }
        for (Object row : filter.bind(getEntityManager()
                        .createQuery("select s.latestBand, count(s)" + filter.from() + " group by s.latestBand"))
                .getResultList()) {
            Object[] columns = (Object[]) row;
            bands.put((RiskBand) columns[0], number(columns[1]).longValue());
        }
        List<PortfolioFigures.Spread> spreads = new ArrayList<>();
        for (Object row : filter.bind(getEntityManager()
                        .createQuery("select sc.dimension, count(sc), avg(sc.score), min(sc.score),"
                                + " percentile_cont(0.25) within group (order by sc.score),"
                                + " percentile_cont(0.5) within group (order by sc.score),"
                                + " percentile_cont(0.75) within group (order by sc.score), max(sc.score)"
                                + filter.from("ScoreEntity sc")
                                + " group by sc.dimension"))
                .getResultList()) {
            Object[] columns = (Object[]) row;
            spreads.add(new PortfolioFigures.Spread(
                    (String) columns[0],
                    number(columns[1]).longValue(),
                    number(columns[2]).doubleValue(),
                    number(columns[3]).doubleValue(),
                    number(columns[4]).doubleValue(),
                    number(columns[5]).doubleValue(),
                    number(columns[6]).doubleValue(),
                    number(columns[7]).doubleValue()));
        }
        List<PortfolioFigures.SharedStep> steps = new ArrayList<>();
        for (Object row : filter.bind(getEntityManager()
                        .createQuery("select sc.recommendationId, max(sc.title), max(sc.reference), count(sc),"
                                + " sum(sc.reduction)" + filter.from("StepEntity sc")
                                + " group by sc.recommendationId"
                                + " order by count(sc) desc, sum(sc.reduction) desc, sc.recommendationId")
                        .setMaxResults(PortfolioFigures.STEPS))
                .getResultList()) {
            Object[] columns = (Object[]) row;
            steps.add(new PortfolioFigures.SharedStep(
                    (String) columns[0],
                    (String) columns[1],
                    (String) columns[2],
                    number(columns[3]).longValue(),
                    number(columns[4]).doubleValue()));
        }
        String rose = " and s.previousOverall is not null and s.latestOverall > s.previousOverall";
        List<PortfolioFigures.Rise> rising = filter.bind(getEntityManager()
                        .createQuery(
                                "select new io.airisk.assessment.PortfolioFigures$Rise(o.id, o.name,"
                                        + " s.latestAssessmentId, s.latestSubmittedAt, s.previousAssessmentId,"
                                        + " s.previousOverall, s.latestOverall)"
                                        + filter.from() + rose
                                        + " order by s.latestOverall - s.previousOverall desc, o.nameKey",
                                PortfolioFigures.Rise.class)
                        .setMaxResults(PortfolioFigures.RISING))
                .getResultList();
        long risingTotal = number(filter.bind(getEntityManager().createQuery("select count(s)" + filter.from() + rose))
                        .getSingleResult())
                .longValue();
        return new PortfolioFigures(
                number(totals[0]).longValue(),
                number(totals[1]).longValue(),
                bands,
                spreads,
                steps,
                rising,
                risingTotal);
    }

    /**
     * The most organizations with a submitted assessment that one tenant holds in the shared peer
     * group, among the tenants that take part but the caller's; 0 when none.
     */
    public long largestTenantInGroup(String peerGroup, UUID tenantId) {
        return getEntityManager()
                .createQuery(
                        "select count(s) from StandingEntity s join OrganizationEntity o on o.id = s.organizationId"
                                + " where o.peerGroup = :group and s.latestOverall is not null" + tenants(true)
                                + " group by o.tenantId order by count(s) desc",
                        Long.class)
                .setParameter("group", peerGroup)
                .setParameter("tenant", tenantId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(0L);
    }

    /** The tenant alone; or, across tenants, those that take part but the caller's, which cannot pad a group. */
    private static String tenants(boolean acrossTenants) {
        return acrossTenants
                ? " and o.tenantId <> :tenant"
                        + " and o.tenantId in (select t.id from TenantEntity t where t.peerBenchmarks = true)"
                : " and o.tenantId = :tenant";
    }

    /**
     * How each given score stands among the other organizations of the peer group: of the tenant
     * alone, or of the other tenants that take part in peer benchmarks across tenants. One row per
     * dimension that at least one peer has.
     */
    public List<PeerCounts> peers(
            String peerGroup, UUID excluded, UUID tenantId, boolean acrossTenants, Map<String, Double> scores) {
        if (scores.isEmpty()) {
            return List.of();
        }
        // The score each peer's is compared with: the one of its dimension.
        StringBuilder own = new StringBuilder("case sc.dimension");
        Map<String, Object> parameters = new HashMap<>();
        int i = 0;
        for (Map.Entry<String, Double> score : scores.entrySet()) {
            own.append(" when :d").append(i).append(" then :v").append(i);
            parameters.put("d" + i, score.getKey());
            parameters.put("v" + i, score.getValue());
            i++;
        }
        own.append(" end");
        parameters.put("tenant", tenantId);
        parameters.put("group", peerGroup);
        parameters.put("excluded", excluded);
        parameters.put("dimensions", List.copyOf(scores.keySet()));
        Query query = getEntityManager()
                .createQuery("select sc.dimension, sum(case when sc.score < " + own + " then 1.0 when sc.score = "
                        + own + " then 0.5 else 0.0 end), count(sc), count(distinct o.tenantId)"
                        + " from ScoreEntity sc join OrganizationEntity o on o.id = sc.organizationId"
                        + " where o.peerGroup = :group and o.id <> :excluded and sc.dimension in :dimensions"
                        + tenants(acrossTenants) + " group by sc.dimension");
        parameters.forEach(query::setParameter);
        List<PeerCounts> counts = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            counts.add(new PeerCounts(
                    (String) columns[0],
                    number(columns[1]).doubleValue(),
                    number(columns[2]).longValue(),
                    number(columns[3]).longValue()));
        }
        return counts;
    }

    private static Number number(Object value) {
        return (Number) value;
    }

    /** The portfolio's selection as a FROM and WHERE clause over standings and their organizations. */
    private record Filter(String where, Map<String, Object> parameters) {

        static Filter of(UUID tenantId, Selection selection) {
            StringBuilder where = new StringBuilder(" where s.tenantId = :tenant and s.latestOverall is not null");
            Map<String, Object> parameters = new HashMap<>(Map.of("tenant", tenantId));
            if (selection.industry() != null) {
                where.append(" and lower(trim(o.industry)) = :industry");
                parameters.put("industry", selection.industry().strip().toLowerCase(Locale.ROOT));
            }
            if (selection.size() != null) {
                where.append(" and lower(trim(o.size)) = :size");
                parameters.put("size", selection.size().strip().toLowerCase(Locale.ROOT));
            }
            if (selection.from() != null) {
                where.append(" and s.latestSubmittedAt >= :from");
                parameters.put("from", selection.from());
            }
            if (selection.to() != null) {
                where.append(" and s.latestSubmittedAt < :to");
                parameters.put("to", selection.to());
            }
            return new Filter(where.toString(), parameters);
        }

        /** From the standings and their organizations. */
        String from() {
            return " from StandingEntity s join OrganizationEntity o on o.id = s.organizationId" + where;
        }

        /** From rows of another entity ({@code sc}) that belong to the standings selected. */
        String from(String entity) {
            return " from " + entity + " join StandingEntity s on s.organizationId = sc.organizationId"
                    + " join OrganizationEntity o on o.id = s.organizationId" + where;
        }

        <Q extends Query> Q bind(Q query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }
}
