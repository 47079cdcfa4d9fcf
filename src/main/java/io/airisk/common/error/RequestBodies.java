package io.airisk.common.error;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;

/**
 * Checks a request body against the Bean Validation constraints on its type, which stay the one
 * source of the rules (and of the limits that the OpenAPI document publishes). Called by the
 * resource instead of {@code @Valid} on its parameter: method validation's interceptor also builds
 * the method's metadata and parameter paths and validates the return value, and took 8 % of the
 * samples of create requests for the organization's few constraints (docs/performance.md).
 */
@ApplicationScoped
public class RequestBodies {

    private final Validator validator;

    public RequestBodies(Validator validator) {
        this.validator = validator;
    }

    /**
     * Returns {@code body} when it is present and valid; otherwise throws what the API answers with
     * a 400 naming each bad field ({@code body} when there is none).
     */
    public <T> T requireValid(T body) {
        if (body == null) {
            throw ProblemException.invalid("body", "must not be null");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return body;
    }
}
