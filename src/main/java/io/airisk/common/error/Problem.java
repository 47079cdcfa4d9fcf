package io.airisk.common.error;

import io.airisk.scoring.engine.FieldError;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem details body, served as {@code application/problem+json}.
 *
 * @param errors for invalid input, each bad field or question id and what is wrong with it
 */
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(
                description = "URI reference identifying the problem type",
                example = "urn:airisk:problem:invalid-input")
        String type,

        @Schema(description = "Short summary of the problem type", example = "Invalid input")
        String title,

        @Schema(description = "HTTP status code", example = "400")
        int status,

        @Schema(description = "What went wrong in this occurrence", example = "1 field is invalid")
        String detail,

        @Schema(description = "The bad fields or question ids, for invalid input")
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
