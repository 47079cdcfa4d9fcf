package io.airisk.assessment.repository;

import io.airisk.assessment.service.AssessmentStatus;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

@ApplicationScoped
public class AssessmentRepository implements PanacheRepositoryBase<AssessmentEntity, UUID> {

    /** Newest first; the id breaks ties so that pages never overlap. */
    private static final Sort NEWEST_FIRST = Sort.descending("createdAt", "id");

    /** The key that the case-insensitive organization filter compares. */
    public static String organizationKey(String organizationName) {
        return organizationName.toLowerCase(Locale.ROOT);
    }

    /** Assessments matching the filters (each optional), newest first; served by the indexes of V1. */
    public PanacheQuery<AssessmentEntity> search(String organization, AssessmentStatus status) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (organization != null) {
            conditions.add("organizationKey = :organization");
            parameters.and("organization", organizationKey(organization));
        }
        if (status != null) {
            conditions.add("status = :status");
            parameters.and("status", status);
        }
        if (conditions.isEmpty()) {
            return findAll(NEWEST_FIRST);
        }
        return find(String.join(" and ", conditions), NEWEST_FIRST, parameters);
    }
}
