package io.airisk.webhook.rest;

import io.airisk.common.error.ProblemResponses;
import io.airisk.common.error.ProblemType;
import io.airisk.common.error.Problems;
import io.airisk.webhook.service.TooManyWebhooksException;
import io.airisk.webhook.service.WebhookNotFoundException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** How the webhook endpoints answer what they refuse. */
public class WebhookProblems {

    @ServerExceptionMapper
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public Response notFound(WebhookNotFoundException exception) {
        return Problems.response(ProblemType.NOT_FOUND, "No webhook of this tenant has this id");
    }

    @ServerExceptionMapper
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    public Response tooMany(TooManyWebhooksException exception) {
        return Problems.response(ProblemType.CONFLICT, exception.getMessage());
    }
}
