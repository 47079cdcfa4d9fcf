package io.airisk.common.error;

import io.airisk.scoring.engine.InvalidAnswersException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Answers that do not fit their questionnaire: 400 naming each question id. */
@Provider
public class InvalidAnswersExceptionMapper implements ExceptionMapper<InvalidAnswersException> {

    @Override
    public Response toResponse(InvalidAnswersException exception) {
        return Problems.response(ProblemException.invalid(exception.errors()).toProblem());
    }
}
