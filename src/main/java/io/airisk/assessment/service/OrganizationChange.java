package io.airisk.assessment.service;

import io.airisk.common.text.Text;
import io.airisk.engine.Target;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A change to an organization: each field given replaces it; an empty industry or size clears it. */
@Schema(description = "Each field given replaces the organization's; an empty industry or size clears it")
public record OrganizationChange(
        @Schema(
                minLength = 1,
                maxLength = Organization.NAME_MAX,
                description = "A new name; its assessments take it too")
        @Text(max = Organization.NAME_MAX)
        String name,

        @Schema(maxLength = Organization.INDUSTRY_MAX) @Text(max = Organization.INDUSTRY_MAX, blankAllowed = true)
        String industry,

        @Schema(maxLength = Organization.SIZE_MAX) @Text(max = Organization.SIZE_MAX, blankAllowed = true)
        String size,

        @Schema(
                description = "Replaces every target: by the id of a dimension of the current questionnaire, or"
                        + " `overall`, a `band` to be in or under or an `index` to be at or under (one of the"
                        + " two); `{}` removes them all. The trend shows the distance to each and the plan's"
                        + " steps that close it.",
                maxProperties = Organization.TARGETS_MAX,
                example = "{\"overall\": {\"band\": \"MODERATE\"}, \"REASONING_GAP\": {\"index\": 40}}")
        @Size(max = Organization.TARGETS_MAX)
        Map<String, Target> targets) {}
