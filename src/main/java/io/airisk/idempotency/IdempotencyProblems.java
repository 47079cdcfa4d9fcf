package io.airisk.idempotency;

import io.airisk.common.error.FieldError;
import io.airisk.common.error.ProblemResponses;
import io.airisk.common.error.ProblemType;
import io.airisk.common.error.Problems;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** How the API answers a misused Idempotency-Key. */
public class IdempotencyProblems {

    @ServerExceptionMapper
    @APIResponse(responseCode = "422", ref = ProblemResponses.UNPROCESSABLE)
    public Response reused(IdempotencyKeyReusedException exception) {
        return Problems.response(
                ProblemType.IDEMPOTENCY_KEY_REUSED,
                exception.getMessage(),
                List.of(new FieldError(Idempotency.HEADER, "was used for a different request")));
    }

    @ServerExceptionMapper
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    public Response inUse(IdempotencyKeyInUseException exception) {
        return Problems.response(ProblemType.CONFLICT, exception.getMessage());
    }
}
