package io.airisk.assessment;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.UUID;

/** An organization with a submitted assessment, as the portfolio and the peer benchmarks read it. */
@RegisterForReflection
public record StandingRow(
        UUID organizationId,
        String name,
        UUID tenantId,
        int submitted,
        UUID latestAssessmentId,
        Instant latestSubmittedAt,
        UUID previousAssessmentId,
        Double previousOverall,
        Standing summary) {}
