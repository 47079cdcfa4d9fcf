package io.airisk.assessment.repository;

import io.airisk.assessment.AssessmentStatus;
import io.airisk.common.storage.PageByIds;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.ReadOnlyMode;

@ApplicationScoped
public class AssessmentRepository implements PanacheRepositoryBase<AssessmentEntity, UUID> {

    /**
     * One assessment of the tenant, read only: no snapshot is kept to detect changes, for a read
     * that changes nothing. Another tenant's is absent.
     */
    public Optional<AssessmentEntity> read(UUID tenantId, UUID id) {
        return read(AssessmentEntity.class, tenantId, id);
    }

    /** One assessment of the tenant with its answers and result as the JSON text stored; another tenant's is absent. */
    public Optional<StoredAssessment> readStored(UUID tenantId, UUID id) {
        return read(StoredAssessment.class, tenantId, id);
    }

    private <T extends AssessmentColumns> Optional<T> read(Class<T> mapping, UUID tenantId, UUID id) {
        return Optional.ofNullable(getSession().find(mapping, id, ReadOnlyMode.READ_ONLY))
                .filter(row -> row.tenantId.equals(tenantId));
    }

    /** One assessment of the tenant, locked until the transaction ends; another tenant's is absent. */
    public Optional<AssessmentEntity> lock(UUID tenantId, UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).filter(entity -> entity.tenantId.equals(tenantId));
    }

    /**
     * The organization's last {@code limit} submitted assessments, in the order they were submitted:
     * a range of the history index (migration V9), whatever else the tenant holds.
     */
    public List<HistoryEntry> history(UUID organizationId, int limit) {
        List<HistoryEntry> newestFirst = getEntityManager()
                .createQuery(
                        "select new io.airisk.assessment.repository.HistoryEntry(id, submittedAt, questionnaireVersion,"
                                + " answers) from AssessmentEntity where organizationId = :organization and status ="
                                + " :status order by submittedAt desc, id desc",
                        HistoryEntry.class)
                .setParameter("organization", organizationId)
                .setParameter("status", AssessmentStatus.SUBMITTED)
                .setMaxResults(limit)
                .getResultList();
        List<HistoryEntry> history = new ArrayList<>(newestFirst);
        Collections.reverse(history);
        return history;
    }

    /**
     * The organization's last {@code limit} submitted assessments, the latest first, with their
     * results: a range of the history index, as {@link #history} reads it.
     */
    public List<AssessmentEntity> latestSubmitted(UUID organizationId, int limit) {
        // The ids first, then the rows by id: ordered with their results, H2 would sort every row of
        // the organization's history, results and all, in the heap (ExportIT found it with 20,000).
        List<UUID> ids = getEntityManager()
                .createQuery(
                        "select id from AssessmentEntity where organizationId = :organization and status = :status"
                                + " order by submittedAt desc, id desc",
                        UUID.class)
                .setParameter("organization", organizationId)
                .setParameter("status", AssessmentStatus.SUBMITTED)
                .setMaxResults(limit)
                .getResultList();
        return ids.isEmpty() ? List.of() : PageByIds.inOrder(ids, list("id in ?1", ids), entity -> entity.id);
    }

    /** How many submitted assessments the organization holds: a range of the history index. */
    public long countSubmitted(UUID organizationId) {
        return count("organizationId = ?1 and status = ?2", organizationId, AssessmentStatus.SUBMITTED);
    }

    /** How many assessments, of any status, the organization holds. */
    public long countOf(UUID organizationId) {
        return count("organizationId", organizationId);
    }

    /** Writes an organization's new name into its assessments' copies. */
    public void rename(UUID organizationId, String name) {
        update(
                "organizationName = ?1, organizationKey = ?2, version = version + 1 where organizationId = ?3",
                name,
                organizationKey(name),
                organizationId);
    }

    /** The key that the case-insensitive organization filter compares. */
    public static String organizationKey(String organizationName) {
        return organizationName.toLowerCase(Locale.ROOT);
    }

    /**
     * A page of the tenant's assessments matching the filters (each optional), newest first, the
     * id breaking ties so that pages never overlap. Each combination of filters has an index
     * (migration V5) that begins with the tenant and ends in that order; the fixed columns lead the
     * order too, so that every database reads the page's ids straight from that index, and then
     * the page's rows by id ({@link PageByIds}).
     */
    public List<AssessmentEntity> page(
            UUID tenantId, String organization, AssessmentStatus status, int page, int size) {
        Filter filter = Filter.of(tenantId, organization, status);
        TypedQuery<UUID> query = getEntityManager()
                .createQuery(
                        "select id from AssessmentEntity where " + filter.where() + " order by " + filter.order(),
                        UUID.class)
                .setFirstResult(page * size)
                .setMaxResults(size);
        filter.parameters().forEach(query::setParameter);
        List<UUID> ids = query.getResultList();
        return ids.isEmpty() ? List.of() : PageByIds.inOrder(ids, list("id in ?1", ids), entity -> entity.id);
    }

    /**
     * The next {@code size} of the tenant's assessments matching the filters, in the list's order,
     * after {@code after} (from the first when null), as stored: a range of the list's index that
     * starts where the last one ended, so that every page costs the same however far the reader
     * has gone, and rows added meanwhile, which sort first, are neither read nor make others be
     * skipped. As for {@link #page}, the ids (and creation times) come from the index alone, then
     * the rows by id ({@link PageByIds}): H2 would otherwise read and sort every row of the tenant.
     */
    public Slice pageAfter(UUID tenantId, String organization, AssessmentStatus status, Position after, int size) {
        Filter filter = Filter.of(tenantId, organization, status);
        String where = filter.where();
        Map<String, Object> parameters = new HashMap<>(filter.parameters());
        if (after != null) {
            // The first condition alone bounds the index range; the second drops the ties already read.
            where += " and createdAt <= :at and (createdAt < :at or id < :id)";
            parameters.put("at", after.createdAt());
            parameters.put("id", after.id());
        }
        TypedQuery<Position> query = getEntityManager()
                .createQuery(
                        "select new io.airisk.assessment.repository.AssessmentRepository$Position(createdAt, id)"
                                + " from AssessmentEntity where " + where + " order by " + filter.order(),
                        Position.class)
                .setMaxResults(size);
        parameters.forEach(query::setParameter);
        List<Position> positions = query.getResultList();
        if (positions.isEmpty()) {
            return new Slice(List.of(), null);
        }
        List<UUID> ids = positions.stream().map(Position::id).toList();
        List<StoredAssessment> rows = getEntityManager()
                .createQuery("from StoredAssessment where id in :ids", StoredAssessment.class)
                .setParameter("ids", ids)
                .getResultList();
        Position last = positions.size() < size ? null : positions.get(positions.size() - 1);
        return new Slice(PageByIds.inOrder(ids, rows, row -> row.id), last);
    }

    /** A row's place in the list's order. */
    public record Position(Instant createdAt, UUID id) {}

    /**
     * A page read by {@link #pageAfter}: its rows, and where the next page starts, {@code null}
     * when this one is the last.
     */
    public record Slice(List<StoredAssessment> rows, Position next) {}

    /** How many of the tenant's assessments match the filters: a range of the same index. */
    public long count(UUID tenantId, String organization, AssessmentStatus status) {
        Filter filter = Filter.of(tenantId, organization, status);
        return count(filter.where(), filter.parameters());
    }

    private record Filter(String where, String order, Map<String, Object> parameters) {

        static Filter of(UUID tenantId, String organization, AssessmentStatus status) {
            List<String> conditions = new ArrayList<>(List.of("tenantId = :tenant"));
            List<String> order = new ArrayList<>(List.of("tenantId"));
            Map<String, Object> parameters = new HashMap<>(Map.of("tenant", tenantId));
            if (organization != null) {
                conditions.add("organizationKey = :organization");
                order.add("organizationKey");
                parameters.put("organization", organizationKey(organization));
            }
            if (status != null) {
                conditions.add("status = :status");
                order.add("status");
                parameters.put("status", status);
            }
            order.add("createdAt desc");
            order.add("id desc");
            return new Filter(String.join(" and ", conditions), String.join(", ", order), parameters);
        }
    }
}
