package io.airisk.assessment.service;

import io.airisk.common.text.Text;
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
        String size) {}
