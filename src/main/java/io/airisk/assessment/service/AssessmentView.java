package io.airisk.assessment.service;

import io.airisk.scoring.engine.ScoreResult;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An assessment as the API shows it. */
@Schema(name = "Assessment", description = "An assessment of one organization against one questionnaire version")
public record AssessmentView(
        UUID id,
        Organization organization,

        @Schema(description = "The questionnaire version the assessment is pinned to", example = "v1")
        String questionnaireVersion,

        AssessmentStatus status,

        @Schema(description = "Answers keyed by question id; a draft may keep answers that other answers now hide")
        Map<String, Object> answers,

        Instant createdAt,
        Instant updatedAt,

        @Schema(description = "When it was submitted; absent for drafts")
        Instant submittedAt,

        @Schema(description = "The stored result; absent for drafts")
        ScoreResult result,

        @Schema(description = "Increases with every change; the ETag of the assessment", example = "0")
        long version) {}
