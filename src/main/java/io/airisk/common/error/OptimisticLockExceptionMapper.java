package io.airisk.common.error;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Another request changed the same assessment first: 409, and the client may retry. */
@Provider
public class OptimisticLockExceptionMapper implements ExceptionMapper<OptimisticLockException> {

    @Override
    public Response toResponse(OptimisticLockException exception) {
        return Problems.response(
                ProblemType.CONFLICT,
                "The assessment was changed by another request at the same time; read it again and retry");
    }
}
