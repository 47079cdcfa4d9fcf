package io.airisk.report.rest;

import io.airisk.common.error.ProblemResponses;
import io.airisk.common.error.ProblemType;
import io.airisk.common.error.Problems;
import io.airisk.report.service.PdfRenderersBusyException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** How the API answers the report feature's own failures. */
public class ReportProblems {

    /** A PDF takes a second or so to render: a client retries soon after. */
    static final String RETRY_AFTER_SECONDS = "2";

    @ServerExceptionMapper
    @APIResponse(responseCode = "503", ref = ProblemResponses.BUSY)
    public Response renderersBusy(PdfRenderersBusyException exception) {
        return Response.fromResponse(Problems.response(ProblemType.OVERLOADED, exception.getMessage()))
                .header("Retry-After", RETRY_AFTER_SECONDS)
                .build();
    }
}
