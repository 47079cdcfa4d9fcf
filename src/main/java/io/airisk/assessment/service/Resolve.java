package io.airisk.assessment.service;

import io.airisk.common.text.Text;
import io.airisk.scoring.EngineSchemas;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The coordinator's choice on a question in dispute, and why. */
@Schema(
        name = "ResolutionRequest",
        description = "The answer chosen and an optional note",
        requiredProperties = "answer")
public record Resolve(
        @Schema(
                ref = EngineSchemas.ANSWER_VALUE,
                description = "The answer that counts: one of those given, or another")
        @NotNull
        Object answer,

        @Schema(maxLength = Notes.MAX, example = "Finance's figure: it comes from the 2026 budget")
        @Text(max = Notes.MAX, blankAllowed = true)
        String note) {}
