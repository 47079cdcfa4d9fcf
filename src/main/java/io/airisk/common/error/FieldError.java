package io.airisk.common.error;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A bad field of a request and what is wrong with it. Both are cut to a bounded length, since
 * either may echo what a client sent.
 *
 * @param field the JSON path in the body ({@code organization.name}), the question id of an
 *     answer, or the name of a query parameter or header
 */
@Schema(requiredProperties = {"field", "message"})
public record FieldError(
        @Schema(maxLength = MAX_FIELD, example = "organization.name")
        String field,

        @Schema(maxLength = MAX_MESSAGE, example = "must not be blank")
        String message) {

    static final int MAX_FIELD = 100;
    static final int MAX_MESSAGE = 500;

    public FieldError {
        field = Problems.abbreviate(field, MAX_FIELD);
        message = Problems.abbreviate(message, MAX_MESSAGE);
    }
}
