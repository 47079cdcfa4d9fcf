package io.airisk.common.error;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem details body, served as {@code application/problem+json}.
 *
 * @param errors for invalid input, each bad field or question id and what is wrong with it; at
 *     most {@link Problems#MAX_LISTED_ERRORS}
 * @param omittedErrors how many more errors there were, when the list was cut
 */
@Schema(
        name = "Problem",
        description = "RFC 9457 problem details",
        requiredProperties = {"type", "title", "status", "detail"})
public record Problem(
        @Schema(description = ProblemType.DESCRIPTION, example = "urn:airisk:problem:invalid-input")
        String type,

        @Schema(description = "Short summary of the problem type", example = "Invalid input")
        String title,

        @Schema(description = "HTTP status code", example = "400")
        int status,

        @Schema(
                required = true,
                description = "What went wrong in this occurrence",
                example = "organization.name: must not be blank")
        String detail,

        @Schema(description = "For invalid input: each bad field, parameter, header or question id, at most 50")
        List<FieldError> errors,

        @Schema(description = "How many further errors were found but not listed")
        Integer omittedErrors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
