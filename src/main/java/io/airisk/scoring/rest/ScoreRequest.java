package io.airisk.scoring.rest;

import io.airisk.engine.AnswerVector;
import io.airisk.scoring.EngineSchemas;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/scores}: answers, or an answer vector, to score without storing them. */
@Schema(description = "Answers to score without storing them: `answers`, or the same as an answer vector in `vector`")
public record ScoreRequest(
        @Schema(
                description = "A published questionnaire version; the current one when absent",
                example = "v3",
                maxLength = 50)
        String questionnaireVersion,

        @Schema(
                ref = EngineSchemas.ANSWERS,
                description = "Partial answers are allowed; required unless `vector` is given")
        Map<String, Object> answers,

        @Schema(
                description = "The answers as an answer vector, as every result's `vector` writes them (README,"
                        + " \"Answer vectors\"); instead of `answers`. It names its questionnaire version.",
                example = "AIRISK:3.0/LPU:core/LRS:10_to_25/RCA:planning+finance/RFI:4/SDT:false",
                maxLength = AnswerVector.MAX_LENGTH,
                pattern = "^AIRISK:")
        @Size(max = AnswerVector.MAX_LENGTH)
        String vector) {}
