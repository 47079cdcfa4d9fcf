package io.airisk.common.error;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A body of the wrong shape (an array where an object belongs, an unknown field...). Declared for
 * this exact type so that it takes precedence over the REST layer's built-in mapper, whose body
 * is not problem details.
 */
@Provider
public class MismatchedInputExceptionMapper implements ExceptionMapper<MismatchedInputException> {

    @Override
    public Response toResponse(MismatchedInputException exception) {
        return JsonProcessingExceptionMapper.problem(exception);
    }
}
