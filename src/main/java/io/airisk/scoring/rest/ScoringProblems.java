package io.airisk.scoring.rest;

import io.airisk.common.error.FieldError;
import io.airisk.common.error.ProblemResponses;
import io.airisk.common.error.Problems;
import io.airisk.engine.InvalidAnswersException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** How the API answers answers that do not fit their questionnaire. */
public class ScoringProblems {

    /** Each bad answer named by its question id; a fault of the answers as a whole by {@code answers}. */
    @ServerExceptionMapper
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    public Response invalidAnswers(InvalidAnswersException exception) {
        return Problems.invalid(exception.errors().stream()
                .map(error ->
                        new FieldError(error.questionId() == null ? "answers" : error.questionId(), error.message()))
                .toList());
    }
}
