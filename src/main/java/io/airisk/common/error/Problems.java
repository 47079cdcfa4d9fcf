package io.airisk.common.error;

import jakarta.ws.rs.core.Response;

/** Builds problem responses; the one place that sets the media type. */
public final class Problems {

    private Problems() {}

    public static Response response(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }

    public static Response response(ProblemType type, String detail) {
        return response(new Problem(type.type(), type.title(), type.status(), detail, null));
    }

    /**
     * The request was fine but waited too long for another one on the same assessment; nothing
     * changed, and a retry will likely succeed.
     */
    public static Response busy() {
        return Response.fromResponse(
                        response(ProblemType.BUSY, "The assessment is busy with other changes; retry shortly"))
                .header("Retry-After", "1")
                .build();
    }
}
