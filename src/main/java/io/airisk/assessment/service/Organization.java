package io.airisk.assessment.service;

import io.airisk.common.text.Text;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The organization an assessment is about. Lengths count characters (code points): an emoji is one. */
@Schema(description = "The organization assessed")
public record Organization(
        @Schema(
                required = true,
                minLength = 1,
                maxLength = NAME_MAX,
                description = "1 to 200 characters, at least one of them visible, no control characters;"
                        + " the list filter matches it ignoring case",
                example = "Acme Robotics")
        @NotNull
        @Text(max = NAME_MAX)
        String name,

        @Schema(maxLength = INDUSTRY_MAX, description = "Optional, up to 100 characters", example = "Manufacturing")
        @Text(max = INDUSTRY_MAX, blankAllowed = true)
        String industry,

        @Schema(
                maxLength = SIZE_MAX,
                description = "Optional, up to 50 characters, such as a head-count band",
                example = "1000-5000")
        @Text(max = SIZE_MAX, blankAllowed = true)
        String size) {

    public static final int NAME_MAX = 200;
    public static final int INDUSTRY_MAX = 100;
    public static final int SIZE_MAX = 50;
    /** The most targets an organization records: one for the overall index and one per dimension, with room. */
    public static final int TARGETS_MAX = 20;
}
