package io.airisk.common.error;

import jakarta.persistence.PessimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Another request held the assessment's row lock too long: 503, retry shortly. */
@Provider
public class PessimisticLockExceptionMapper implements ExceptionMapper<PessimisticLockException> {

    @Override
    public Response toResponse(PessimisticLockException exception) {
        return Problems.busy();
    }
}
