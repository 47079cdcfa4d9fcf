package io.airisk.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.airisk.common.DomainMetrics;
import io.airisk.common.error.Problem;
import io.airisk.common.error.ProblemType;
import io.airisk.common.error.Problems;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The limits on a request's framing, checked before any endpoint runs and answered with problem
 * details: a body over {@code quarkus.http.limits.max-body-size} (413, whether it declares its
 * length or is sent in chunks), a request target over {@value #MAX_URI_LENGTH} characters (414),
 * headers over {@value #MAX_HEADERS_SIZE} bytes (431), and a transfer coding other than chunked
 * alone (501); a body in chunks that breaks off or is badly framed is answered 400. The HTTP codec enforces larger, hard limits of its own before this runs
 * ({@code quarkus.http.limits.max-initial-line-length} and {@code max-header-size}); what exceeds
 * those is answered by the codec, with an empty body, since Quarkus offers no hook there.
 */
@ApplicationScoped
public class HttpLimits {

    public static final int MAX_URI_LENGTH = 4_096;
    public static final int MAX_HEADERS_SIZE = 16_384;

    private static final Logger LOG = Logger.getLogger(HttpLimits.class);
    private static final String READING_CHUNKS = HttpLimits.class.getName() + ".readingChunks";

    /** How long a rejected client may go on sending before its connection is closed. */
    private static final long LINGER_MILLIS = 1000;

    private final long maxBody;
    private final BodyHandler chunkedBodies;
    private final ObjectMapper mapper;

    public HttpLimits(
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody, ObjectMapper mapper) {
        this.maxBody = maxBody.asLongValue();
        this.chunkedBodies = BodyHandler.create(false).setBodyLimit(this.maxBody);
        this.mapper = mapper;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::describeChunkFailure);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        String transferEncoding = request.getHeader(HttpHeaders.TRANSFER_ENCODING);
        if (transferEncoding != null && !transferEncoding.trim().equalsIgnoreCase("chunked")) {
            reject(context, ProblemType.TRANSFER_ENCODING_NOT_SUPPORTED, true);
        } else if (request.uri().length() > MAX_URI_LENGTH) {
            reject(context, ProblemType.URI_TOO_LONG, false);
        } else if (size(request.headers()) > MAX_HEADERS_SIZE) {
            reject(context, ProblemType.HEADERS_TOO_LARGE, false);
        } else if (exceeds(request.getHeader(HttpHeaders.CONTENT_LENGTH))) {
            reject(context, ProblemType.PAYLOAD_TOO_LARGE, true);
        } else if (transferEncoding != null) {
            // A body in chunks declares no length: read it here, up to the limit, or fail with 413.
            context.put(READING_CHUNKS, Boolean.TRUE);
            chunkedBodies.handle(context);
        } else {
            context.next();
        }
    }

    /**
     * Failures while reading a body in chunks are the client's: too large, badly framed, or cut
     * off. They are answered, when the connection still allows it, and never logged as errors.
     */
    private void describeChunkFailure(RoutingContext context) {
        if (context.get(READING_CHUNKS) == null) {
            context.next();
        } else if (context.response().headWritten() || context.response().closed()) {
            LOG.debugf("Chunked request body failed after the answer began: %s", context.failure());
        } else if (context.statusCode() == ProblemType.PAYLOAD_TOO_LARGE.status()) {
            reject(context, ProblemType.PAYLOAD_TOO_LARGE, true);
        } else {
            LOG.debugf("Chunked request body unreadable: %s", context.failure());
            reject(context, ProblemType.UNREADABLE_BODY, true);
        }
    }

    private boolean exceeds(String contentLength) {
        try {
            return contentLength != null && Long.parseLong(contentLength.trim()) > maxBody;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static int size(MultiMap headers) {
        int size = 0;
        for (Map.Entry<String, String> header : headers) {
            size += header.getKey().length() + header.getValue().length() + 4;
        }
        return size;
    }

    /** Answers with the problem; closes the connection when the rest of the request cannot be trusted or read. */
    private void reject(RoutingContext context, ProblemType type, boolean close) {
        DomainMetrics.refused(type);
        var response =
                context.response().setStatusCode(type.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (close) {
            // A body too large is well framed, so the rest of it can be read and dropped; a body
            // whose framing broke cannot.
            response.putHeader(HttpHeaders.CONNECTION, "close").endHandler(ignored -> {
                if (type == ProblemType.PAYLOAD_TOO_LARGE) {
                    closeOnceSent(context);
                } else {
                    context.request().connection().close();
                }
            });
        }
        response.end(problem(type));
    }

    private Buffer problem(ProblemType type) {
        try {
            return Buffer.buffer(
                    mapper.writeValueAsBytes(Problems.body(type, type.status(), type.meaning(), null, null)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem body could not be written", e);
        }
    }

    /**
     * Closes the connection once the client has finished sending, or after a second at most: a
     * client still writing a large body then reads the answer instead of a reset connection, and no
     * client can hold the connection longer. What it still sends is read and discarded.
     */
    private static void closeOnceSent(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.isEnded()) {
            request.connection().close();
            return;
        }
        long timer = context.vertx()
                .setTimer(LINGER_MILLIS, ignored -> request.connection().close());
        request.handler(ignored -> {}).endHandler(ignored -> {
            context.vertx().cancelTimer(timer);
            request.connection().close();
        });
        request.resume();
    }
}
