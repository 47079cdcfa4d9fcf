package io.airisk.questionnaire.rest;

import io.airisk.common.error.ProblemResponses;
import io.airisk.common.error.ProblemType;
import io.airisk.common.error.Problems;
import io.airisk.questionnaire.service.UnknownQuestionnaireVersionException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** How the API answers the questionnaire feature's failures. */
public class QuestionnaireProblems {

    @ServerExceptionMapper
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public Response unknownVersion(UnknownQuestionnaireVersionException exception) {
        return Problems.response(ProblemType.NOT_FOUND, exception.getMessage());
    }
}
