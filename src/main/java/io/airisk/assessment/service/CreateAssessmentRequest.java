package io.airisk.assessment.service;

import io.airisk.scoring.EngineSchemas;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/assessments}. */
@Schema(description = "A new draft assessment")
public record CreateAssessmentRequest(
        @Schema(
                description = "The organization assessed: it joins the tenant's organization of that name,"
                        + " ignoring case, or creates it. Required unless `organizationId` is given.")
        @Valid
        Organization organization,

        @Schema(description = "An organization of the tenant, instead of `organization`")
        UUID organizationId,

        @Schema(
                description = "A published questionnaire version; the current one when absent",
                example = "v3",
                maxLength = 50)
        String questionnaireVersion,

        @Schema(ref = EngineSchemas.ANSWERS, description = "Initial answers, keyed by question id")
        Map<String, Object> answers) {}
