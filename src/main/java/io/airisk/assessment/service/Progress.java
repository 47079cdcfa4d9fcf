package io.airisk.assessment.service;

import io.airisk.engine.Respondent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How far each role has come on a draft, who answered when, and where respondents disagree. A
 * respondent token sees the roles' counts and its own notes only: never another respondent's
 * answers, notes or name.
 *
 * @param you the role the caller answers for; absent for a key or a token without a role
 * @param notes the notes on answers and choices; for a token, only those on its own answers
 */
@Schema(
        name = "Progress",
        description = "How far each role has come, who answered when, and where respondents disagree",
        requiredProperties = {"roles", "respondents", "disagreements", "notes"})
public record Progress(
        Respondent you,
        @Schema(maxItems = 6) List<RoleProgress> roles,
        @Schema(maxItems = 100) List<RespondentProgress> respondents,
        @Schema(maxItems = 200) List<Disagreement> disagreements,

        @Schema(
                description = "The notes on answers: a key sees all, a token its own",
                maxItems = Notes.MAX_PER_ASSESSMENT)
        List<AnswerNote> notes) {

    /** More questions than any questionnaire has. */
    static final String COUNT_MAX = "1000";

    /**
     * One role's questions: those visible with the answers so far, how many have an answer that
     * counts, and how many of those are "unknown".
     */
    @Schema(
            name = "RoleProgress",
            requiredProperties = {"role", "visible", "answered", "unknown"})
    public record RoleProgress(
            Respondent role,
            @Schema(minimum = "0", maximum = COUNT_MAX) int visible,
            @Schema(minimum = "0", maximum = COUNT_MAX) int answered,
            @Schema(minimum = "0", maximum = COUNT_MAX) int unknown) {}

    /**
     * A respondent token with a role: its own answers and when it last gave one.
     *
     * @param revoked whether the token no longer works (revoked or expired); its answers still count
     */
    @Schema(
            name = "RespondentProgress",
            requiredProperties = {"id", "role", "answered", "revoked"})
    public record RespondentProgress(
            UUID id,
            Respondent role,
            @Schema(maxLength = 100) String name,
            @Schema(maxLength = 254) String email,
            @Schema(minimum = "0", maximum = COUNT_MAX) int answered,
            Instant lastAnsweredAt,
            boolean revoked) {}
}
