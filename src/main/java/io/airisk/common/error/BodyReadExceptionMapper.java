package io.airisk.common.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;

/**
 * The request body could not be read (JSON failures have their own mapper). The HTTP layer
 * raises this when a body sent without Content-Length grows past the size limit.
 */
@Provider
public class BodyReadExceptionMapper implements ExceptionMapper<IOException> {

    @Override
    public Response toResponse(IOException exception) {
        if ("Request too large".equals(exception.getMessage())) {
            return Problems.response(ProblemType.PAYLOAD_TOO_LARGE, "The request body exceeds the size limit");
        }
        return Problems.response(ProblemType.MALFORMED_JSON, "The request body could not be read");
    }
}
