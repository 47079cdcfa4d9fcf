package io.airisk.common.error;

import jakarta.persistence.LockTimeoutException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Waiting for another request's row lock timed out: 503, retry shortly. */
@Provider
public class LockTimeoutExceptionMapper implements ExceptionMapper<LockTimeoutException> {

    @Override
    public Response toResponse(LockTimeoutException exception) {
        return Problems.busy();
    }
}
