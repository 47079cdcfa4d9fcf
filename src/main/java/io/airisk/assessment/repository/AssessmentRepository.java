package io.airisk.assessment.repository;

import io.airisk.assessment.AssessmentStatus;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.StatelessSession;

@ApplicationScoped
public class AssessmentRepository implements PanacheRepositoryBase<AssessmentEntity, UUID> {

    private final StatelessSession statelessSession;

    public AssessmentRepository(StatelessSession statelessSession) {
        this.statelessSession = statelessSession;
    }

    /**
     * Inserts a new assessment at once, through the transaction's stateless session: no
     * persistence context to open, flush or check for an entity that nothing changes before the
     * commit.
     */
    public void insert(AssessmentEntity entity) {
        statelessSession.insert(entity);
    }

    /**
     * One assessment of the tenant, read through the stateless session: nothing managed, no
     * snapshot kept to detect changes, for a read that changes nothing. Another tenant's is absent.
     */
    public Optional<AssessmentEntity> read(UUID tenantId, UUID id) {
        return Optional.ofNullable(statelessSession.get(AssessmentEntity.class, id))
                .filter(entity -> entity.tenantId.equals(tenantId));
    }

    /** One assessment of the tenant, locked until the transaction ends; another tenant's is absent. */
    public Optional<AssessmentEntity> lock(UUID tenantId, UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).filter(entity -> entity.tenantId.equals(tenantId));
    }

    /** The key that the case-insensitive organization filter compares. */
    public static String organizationKey(String organizationName) {
        return organizationName.toLowerCase(Locale.ROOT);
    }

    /**
     * A tenant's assessments matching the filters (each optional), newest first, the id breaking
     * ties so that pages never overlap. Each combination of filters has an index (migration V5)
     * that begins with the tenant and ends in that order. The fixed columns lead the sort too: it
     * changes nothing but lets every database, H2 included, read the page straight from the index
     * instead of sorting all matches.
     */
    public PanacheQuery<AssessmentEntity> search(UUID tenantId, String organization, AssessmentStatus status) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        conditions.add("tenantId = :tenant");
        parameters.and("tenant", tenantId);
        Sort sort = Sort.by("tenantId");
        if (organization != null) {
            conditions.add("organizationKey = :organization");
            parameters.and("organization", organizationKey(organization));
            sort.and("organizationKey");
        }
        if (status != null) {
            conditions.add("status = :status");
            parameters.and("status", status);
            sort.and("status");
        }
        sort.and("createdAt", Sort.Direction.Descending).and("id", Sort.Direction.Descending);
        return find(String.join(" and ", conditions), sort, parameters);
    }
}
