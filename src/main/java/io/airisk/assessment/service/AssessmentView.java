package io.airisk.assessment.service;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.airisk.common.config.RawJsonSerializer;
import io.airisk.scoring.engine.ScoreResult;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An assessment as the API shows it. Answers and result are the stored JSON, written out as they
 * are: a read never re-parses them.
 */
@Schema(name = "Assessment", description = "An assessment of one organization against one questionnaire version")
public record AssessmentView(
        UUID id,
        Organization organization,

        @Schema(description = "The questionnaire version the assessment is pinned to", example = "v1")
        String questionnaireVersion,

        AssessmentStatus status,

        @Schema(
                type = SchemaType.OBJECT,
                description = "Answers keyed by question id; a draft may keep answers that other answers now hide")
        @JsonSerialize(using = RawJsonSerializer.class)
        String answers,

        Instant createdAt,
        Instant updatedAt,

        @Schema(description = "When it was submitted; absent for drafts")
        Instant submittedAt,

        @Schema(implementation = ScoreResult.class, description = "The stored result; absent for drafts")
        @JsonSerialize(using = RawJsonSerializer.class)
        String result,

        @Schema(description = "Increases with every change; the ETag of the assessment", example = "0")
        long version) {}
