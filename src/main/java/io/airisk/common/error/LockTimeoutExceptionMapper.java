package io.airisk.common.error;

import jakarta.persistence.PessimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Waiting for another request's lock on the same assessment took too long: 503 with Retry-After,
 * since the request itself was fine and nothing was changed.
 */
@Provider
public class LockTimeoutExceptionMapper implements ExceptionMapper<PessimisticLockException> {

    @Override
    public Response toResponse(PessimisticLockException exception) {
        return Response.fromResponse(
                        Problems.response(ProblemType.BUSY, "The assessment is busy with other changes; retry shortly"))
                .header("Retry-After", "1")
                .build();
    }
}
