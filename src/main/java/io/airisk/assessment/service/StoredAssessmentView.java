package io.airisk.assessment.service;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.airisk.assessment.AssessmentStatus;
import io.airisk.assessment.repository.StoredAssessment;
import java.time.Instant;
import java.util.UUID;

/**
 * An {@link AssessmentView} whose answers and result are written out as the JSON text stored: the
 * same fields in the same order, so a client cannot tell the two apart. The OpenAPI document
 * describes it as {@code Assessment}.
 */
public record StoredAssessmentView(
        UUID id,
        Organization organization,
        UUID organizationId,
        String questionnaireVersion,
        AssessmentStatus status,
        @JsonRawValue String answers,
        Instant createdAt,
        Instant updatedAt,
        Instant submittedAt,
        String submittedBy,
        String approvedBy,
        Instant approvedAt,
        @JsonRawValue String result,
        long version) {

    static StoredAssessmentView of(StoredAssessment row) {
        return new StoredAssessmentView(
                row.id,
                new Organization(row.organizationName, row.organizationIndustry, row.organizationSize),
                row.organizationId,
                row.questionnaireVersion,
                row.status,
                row.answers,
                row.createdAt,
                row.updatedAt,
                row.submittedAt,
                row.submittedBy,
                row.approvedBy,
                row.approvedAt,
                row.result,
                row.version);
    }
}
