package io.airisk.assessment.service;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A draft moved to the current questionnaire version, and what the move did to its answers. */
@Schema(
        name = "Upgrade",
        description = "A draft moved to the current questionnaire version, and what the move did to its answers",
        requiredProperties = {"assessment", "fromVersion", "toVersion", "carried", "unmapped", "toAnswer"})
public record UpgradeView(
        AssessmentView assessment,

        @Schema(description = "The version the draft was on", example = "v2", maxLength = 50)
        String fromVersion,

        @Schema(description = "The version it is on now, the current one", example = "v3", maxLength = 50)
        String toVersion,

        @Schema(description = "Questions of the new version that took an answer from the old one", maxItems = 200)
        List<String> carried,

        @Schema(
                description = "Questions whose old answer does not say which new option applies: asked again",
                maxItems = 200)
        List<String> unmapped,

        @Schema(
                description =
                        "Required, visible questions left to answer before submitting: new ones and unmapped ones",
                maxItems = 200)
        List<String> toAnswer) {}
