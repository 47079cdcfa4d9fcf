package io.airisk.common.error;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem details body, served as {@code application/problem+json}.
 *
 * @param errors for invalid input, each bad field or question id and what is wrong with it; at
 *     most {@link Problems#MAX_LISTED_ERRORS}
 * @param omittedErrors how many more errors there were, when the list was cut
 * @param traceId the request's trace id, which the service's log lines carry too
 */
@Schema(
        name = "Problem",
        description = "RFC 9457 problem details",
        requiredProperties = {"type", "title", "status", "detail"})
public record Problem(
        @Schema(description = ProblemType.DESCRIPTION, example = "urn:airisk:problem:invalid-input", maxLength = 100)
        String type,

        @Schema(description = "Short summary of the problem type", example = "Invalid input", maxLength = 100)
        String title,

        @Schema(description = "HTTP status code", example = "400", minimum = "400", maximum = "599", format = "int32")
        int status,

        @Schema(
                description = "What went wrong in this occurrence",
                maxLength = 1000,
                example = "organization.name: must not be blank")
        String detail,

        @Schema(
                description = "For invalid input: each bad field, parameter, header or question id, at most 50",
                maxItems = Problems.MAX_LISTED_ERRORS)
        List<FieldError> errors,

        @Schema(
                description = "How many further errors were found but not listed",
                minimum = "1",
                maximum = "2147483647",
                format = "int32")
        Integer omittedErrors,

        @Schema(
                description = "The request's W3C trace id, also on the service's log lines for this request",
                pattern = "^[0-9a-f]{32}$",
                minLength = 32,
                maxLength = 32,
                example = "4bf92f3577b34da6a3ce929d0e0e4736")
        String traceId) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
