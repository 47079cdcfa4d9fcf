package io.airisk.scoring.rest;

import io.airisk.scoring.EngineSchemas;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/scores}: answers to score without storing them. */
@Schema(description = "Answers to score without storing them")
public record ScoreRequest(
        @Schema(
                description = "A published questionnaire version; the current one when absent",
                example = "v1",
                maxLength = 50)
        String questionnaireVersion,

        @Schema(required = true, ref = EngineSchemas.ANSWERS, description = "Partial answers are allowed") @NotNull
        Map<String, Object> answers) {}
