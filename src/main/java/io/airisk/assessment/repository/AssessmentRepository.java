package io.airisk.assessment.repository;

import io.airisk.assessment.AssessmentStatus;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
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
     * One assessment, read through the stateless session: nothing managed, no snapshot kept to
     * detect changes, for a read that changes nothing.
     */
    public Optional<AssessmentEntity> read(UUID id) {
        return Optional.ofNullable(statelessSession.get(AssessmentEntity.class, id));
    }

    /** The key that the case-insensitive organization filter compares. */
    public static String organizationKey(String organizationName) {
        return organizationName.toLowerCase(Locale.ROOT);
    }

    /**
     * Assessments matching the filters (each optional), newest first, the id breaking ties so that
     * pages never overlap. Each combination of filters has an index of V1 that ends in that order.
     * The filtered columns lead the sort too: it changes nothing (they are fixed) but lets every
     * database, H2 included, read the page straight from the index instead of sorting all matches.
     */
    public PanacheQuery<AssessmentEntity> search(String organization, AssessmentStatus status) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        Sort sort = Sort.empty();
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
        if (conditions.isEmpty()) {
            return findAll(sort);
        }
        return find(String.join(" and ", conditions), sort, parameters);
    }
}
