package io.airisk.assessment.service;

import io.airisk.engine.Respondent;
import io.airisk.scoring.EngineSchemas;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A question that respondents answered differently: each answer and who gave it, and the
 * coordinator's choice once made. Until then the riskiest answer counts, and a preview's range
 * covers every answer given.
 *
 * @param role the role whose respondents disagree
 * @param resolution the coordinator's choice; absent while the disagreement is open
 */
@Schema(
        description = "A question that respondents answered differently",
        requiredProperties = {"questionId", "answers"})
public record Disagreement(
        @Schema(maxLength = 100, example = "llm.revenue_share")
        String questionId,

        Respondent role,
        @Schema(maxItems = 100) List<Given> answers,
        Resolution resolution) {

    public Disagreement {
        answers = List.copyOf(answers);
    }

    /** Whether it still waits for the coordinator's choice. */
    public boolean open() {
        return resolution == null;
    }

    /** One respondent's answer, with its note. */
    @Schema(
            name = "GivenAnswer",
            requiredProperties = {"answer", "respondent", "answeredAt"})
    public record Given(
            @Schema(ref = EngineSchemas.ANSWER_VALUE) Object answer,
            RespondentRef respondent,
            @Schema(maxLength = Notes.MAX) String note,
            Instant answeredAt) {}

    /** Who gave an answer: a respondent token, by its public id, role and name. */
    @Schema(
            name = "RespondentRef",
            requiredProperties = {"id"})
    public record RespondentRef(
            UUID id,
            Respondent role,
            @Schema(maxLength = 100) String name) {}

    /** The coordinator's choice and why. */
    @Schema(
            name = "Resolution",
            requiredProperties = {"answer", "resolvedBy", "resolvedAt"})
    public record Resolution(
            @Schema(ref = EngineSchemas.ANSWER_VALUE) Object answer,
            @Schema(maxLength = Notes.MAX) String note,

            @Schema(maxLength = 64, example = "key arp_Q29vcmQ")
            String resolvedBy,

            Instant resolvedAt) {}
}
