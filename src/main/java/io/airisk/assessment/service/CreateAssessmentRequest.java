package io.airisk.assessment.service;

import io.airisk.scoring.EngineSchemas;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/assessments}. */
@Schema(description = "A new draft assessment")
public record CreateAssessmentRequest(
        @Schema(required = true) @NotNull @Valid Organization organization,

        @Schema(
                description = "A published questionnaire version; the current one when absent",
                example = "v1",
                maxLength = 50)
        String questionnaireVersion,

        @Schema(ref = EngineSchemas.ANSWERS, description = "Initial answers, keyed by question id")
        Map<String, Object> answers) {}
