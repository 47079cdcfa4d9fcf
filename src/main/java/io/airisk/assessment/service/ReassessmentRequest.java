package io.airisk.assessment.service;

import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a re-assessment starts: empty, or from the organization's latest submitted assessment. */
@Schema(description = "How the new draft starts")
public record ReassessmentRequest(
        @Schema(
                description = "\"latest\": pre-filled from the organization's latest submitted assessment, its"
                        + " answers moved to the current questionnaire version; absent: an empty draft",
                enumeration = {"latest"})
        @Pattern(regexp = "latest", message = "must be \"latest\" or absent")
        String from) {}
