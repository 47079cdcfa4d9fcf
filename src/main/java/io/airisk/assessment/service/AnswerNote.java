package io.airisk.assessment.service;

import io.airisk.engine.Respondent;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A note on an answer, or on the coordinator's choice where respondents disagreed.
 *
 * @param role the role of the respondent whose answer it notes; absent for the coordinator's
 * @param respondentId the respondent token whose answer it notes; absent for the coordinator's
 * @param by who wrote it: the key or token as the audit trail names it
 * @param resolution whether it explains the coordinator's choice between respondents who disagreed
 */
@RegisterForReflection // written by the export's own ObjectMapper, outside any endpoint's return type
@Schema(
        name = "AnswerNote",
        requiredProperties = {"questionId", "note", "by", "at", "resolution"})
public record AnswerNote(
        @Schema(maxLength = 100) String questionId,
        @Schema(maxLength = Notes.MAX) String note,
        Respondent role,
        UUID respondentId,
        @Schema(maxLength = 64) String by,
        Instant at,
        boolean resolution) {}
