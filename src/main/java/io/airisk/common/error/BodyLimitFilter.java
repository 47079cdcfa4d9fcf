package io.airisk.common.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers an oversized body with 413 problem details. The HTTP layer enforces
 * {@code quarkus.http.limits.max-body-size} before any JAX-RS code runs and answers with an empty
 * body; this filter rejects a declared Content-Length over the limit up front, and rewrites the
 * HTTP layer's own 413 for bodies sent without one.
 */
@ApplicationScoped
public class BodyLimitFilter {

    private final long limit;
    private final byte[] problem;

    public BodyLimitFilter(
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit, ObjectMapper mapper)
            throws JsonProcessingException {
        this.limit = limit.asLongValue();
        ProblemType type = ProblemType.PAYLOAD_TOO_LARGE;
        this.problem = mapper.writeValueAsBytes(new Problem(
                type.type(), type.title(), type.status(), "The request body exceeds " + this.limit + " bytes", null));
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::rejectDeclaredOversize);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::describeOversize);
    }

    private void rejectDeclaredOversize(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && exceeds(length)) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            send(context);
            return;
        }
        context.next();
    }

    private void describeOversize(RoutingContext context) {
        if (context.statusCode() == ProblemType.PAYLOAD_TOO_LARGE.status()
                && !context.response().headWritten()) {
            send(context);
            return;
        }
        context.next();
    }

    private boolean exceeds(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void send(RoutingContext context) {
        context.response()
                .setStatusCode(ProblemType.PAYLOAD_TOO_LARGE.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(io.vertx.core.buffer.Buffer.buffer(problem));
    }
}
