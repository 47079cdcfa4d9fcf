package io.airisk.assessment.service;

import io.airisk.assessment.AssessmentStatus;
import io.airisk.engine.ScoreResult;
import io.airisk.idempotency.Identified;
import io.airisk.scoring.EngineSchemas;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An assessment as the API shows it: its answers as they were sent, and its stored result. */
@Schema(
        name = "Assessment",
        description = "An assessment of one organization against one questionnaire version",
        requiredProperties = {
            "id",
            "organization",
            "organizationId",
            "questionnaireVersion",
            "status",
            "answers",
            "createdAt",
            "updatedAt",
            "version"
        })
public record AssessmentView(
        UUID id,
        Organization organization,

        @Schema(description = "The organization the assessment belongs to, whose history it is part of")
        UUID organizationId,

        @Schema(description = "The questionnaire version the assessment is pinned to", example = "v3", maxLength = 50)
        String questionnaireVersion,

        AssessmentStatus status,

        @Schema(
                ref = EngineSchemas.ANSWERS,
                description = "Answers keyed by question id; a draft may keep answers that other answers now hide")
        Map<String, Object> answers,

        Instant createdAt,
        Instant updatedAt,

        @Schema(description = "When it was submitted; absent for drafts")
        Instant submittedAt,

        @Schema(
                description = "Who submitted it: the key or token as the audit trail names it; absent for drafts",
                maxLength = 64,
                example = "key arp_Q29vcmQ")
        String submittedBy,

        @Schema(
                description = "Who approved it, where the tenant requires a review; absent until then",
                maxLength = 64,
                example = "key arp_UmV2aWV3")
        String approvedBy,

        @Schema(description = "When it was approved; absent until then")
        Instant approvedAt,

        @Schema(ref = "ScoreResult", description = "The stored result; absent for drafts")
        ScoreResult result,

        @Schema(
                description = "Increases with every change; the ETag of the assessment",
                example = "0",
                minimum = "0",
                maximum = "9223372036854775807")
        long version)
        implements Identified {}
