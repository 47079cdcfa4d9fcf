package io.airisk.assessment.service;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new draft of an organization, and what it took from the assessment it starts from. */
@Schema(
        description = "A new draft of an organization, pre-filled from its latest submitted assessment when asked",
        requiredProperties = {"assessment", "carried", "unmapped", "toAnswer"})
public record Reassessment(
        AssessmentView assessment,

        @Schema(description = "The submitted assessment it starts from; absent for an empty draft")
        UUID fromAssessmentId,

        @Schema(description = "That assessment's questionnaire version", maxLength = 50)
        String fromVersion,

        @Schema(description = "Questions that took that assessment's answer", maxItems = 200)
        List<String> carried,

        @Schema(description = "Questions whose earlier answer does not say which new option applies", maxItems = 200)
        List<String> unmapped,

        @Schema(description = "Required, visible questions left to answer before submitting", maxItems = 200)
        List<String> toAnswer) {}
