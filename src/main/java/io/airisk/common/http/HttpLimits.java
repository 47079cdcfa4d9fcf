package io.airisk.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.airisk.common.error.FieldError;
import io.airisk.common.error.Problem;
import io.airisk.common.error.ProblemType;
import io.airisk.common.error.Problems;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The limits on a request's framing, checked before anything else reads the request, and answered
 * with problem details: a body declared over {@code quarkus.http.limits.max-body-size} (413), a
 * request target over {@value #MAX_URI_LENGTH} characters (414), headers over
 * {@value #MAX_HEADERS_SIZE} bytes (431), a transfer coding other than chunked alone (501), and a
 * request without a valid {@code Host} (400). The HTTP codec enforces larger, hard limits of its own
 * before this runs ({@code quarkus.http.limits.max-initial-line-length} and {@code
 * max-header-size}); what exceeds those is answered by the codec, with an empty body, since Quarkus
 * offers no hook there.
 *
 * <p>Nothing here reads a body: {@link RequestBodies} does, once the request's credentials have let
 * it through. A request answered before its body was read (no key, a body too large...) is answered
 * with {@code Connection: close}, and its connection closed once the client stops sending, or after
 * a second. And a connection reads no further request until the one in progress is answered and
 * its answer written ({@link OneRequestAtATime}).
 */
@ApplicationScoped
public class HttpLimits {

    public static final int MAX_URI_LENGTH = 4_096;
    public static final int MAX_HEADERS_SIZE = 8_192;

    /**
     * Header fields a request may have, as Apache httpd's LimitRequestFields: each costs the heap
     * some hundred bytes whatever its length, so that 8 KiB of tiny fields would hold a quarter of a
     * megabyte.
     */
    public static final int MAX_HEADER_FIELDS = 100;

    private static final Logger LOG = Logger.getLogger(HttpLimits.class);
    private static final String BODY_READ = HttpLimits.class.getName() + ".bodyRead";

    /** How long a client that was answered before its body was read may go on sending before its connection is closed. */
    private static final long LINGER_MILLIS = 1000;

    private final long maxBody;
    private final ObjectMapper mapper;
    private final Duration shutdownDelay;

    /** {@link System#nanoTime()} from which new requests are refused, once the service stops; 0 until then. */
    private volatile long refusingFrom;

    public HttpLimits(
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody,
            @ConfigProperty(name = "quarkus.shutdown.delay") Optional<Duration> shutdownDelay,
            ObjectMapper mapper) {
        this.maxBody = maxBody.asLongValue();
        this.shutdownDelay = shutdownDelay.orElse(Duration.ZERO);
        this.mapper = mapper;
    }

    /** The largest body the service reads, in bytes. */
    public long maxBody() {
        return maxBody;
    }

    /**
     * The service begins to stop (SIGTERM). During the shutdown delay it still serves, as the load
     * balancer may still send requests; after it, the requests in flight finish and every new one is
     * refused with 503 before anything runs: one let through then could still be running when the
     * server closes its connection, processed but never answered.
     */
    void stopping(@Observes ShutdownDelayInitiatedEvent event) {
        refusingFrom = Math.max(1, System.nanoTime() + shutdownDelay.toNanos());
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::describeFailure);
    }

    /** Whether the request has a body: a declared length above zero, or chunks. */
    public static boolean hasBody(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null
                || (length != null && !length.trim().equals("0"));
    }

    /** Marks the request's body as read to its end: nothing of it is left in the connection. */
    public static void bodyRead(RoutingContext context) {
        context.put(BODY_READ, Boolean.TRUE);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        oneRequestAtATime(request);
        boolean body = hasBody(request);
        if (body) {
            context.addHeadersEndHandler(ignored -> {
                if (context.get(BODY_READ) == null) {
                    context.response().putHeader(HttpHeaders.CONNECTION, "close");
                }
            });
            context.addEndHandler(ignored -> {
                if (context.get(BODY_READ) == null) {
                    closeOnceSent(context);
                }
            });
        }
        String transferEncoding = request.getHeader(HttpHeaders.TRANSFER_ENCODING);
        long refusing = refusingFrom;
        if (refusing != 0 && System.nanoTime() - refusing >= 0) {
            context.response().putHeader(HttpHeaders.RETRY_AFTER, "1");
            rejectAndClose(context, ProblemType.STOPPING);
        } else if (transferEncoding != null && !transferEncoding.trim().equalsIgnoreCase("chunked")) {
            // The body's framing cannot be trusted: the connection closes as soon as this is sent.
            rejectAndClose(context, ProblemType.TRANSFER_ENCODING_NOT_SUPPORTED);
        } else if (request.uri().length() > MAX_URI_LENGTH) {
            reject(context, ProblemType.URI_TOO_LONG, null);
        } else if (!headersWithinLimits(request.headers())) {
            // What such headers hold is let go with the connection, not after the body's linger.
            rejectAndClose(context, ProblemType.HEADERS_TOO_LARGE);
        } else if (exceeds(request.getHeader(HttpHeaders.CONTENT_LENGTH))) {
            reject(context, ProblemType.PAYLOAD_TOO_LARGE, null);
        } else {
            context.next();
        }
    }

    /**
     * What the router itself refused before any handler ran: a request without a valid {@code Host}
     * (or HTTP/2 authority), or without a path. A client's fault, answered as one and never logged as
     * an error; every other failure goes on to the handlers that know it.
     */
    private void describeFailure(RoutingContext context) {
        oneRequestAtATime(context.request());
        int status = context.statusCode();
        if (status < 400 || status >= 500 || context.response().headWritten()) {
            context.next();
        } else if (context.response().closed()) {
            LOG.debugf("Request refused after its connection closed: %s", context.failure());
        } else if (context.request().authority() == null) {
            reject(
                    context,
                    ProblemType.INVALID_INPUT,
                    new FieldError("Host", "is required: host[:port], as HTTP/1.1 asks"));
        } else if (status == ProblemType.NOT_FOUND.status()) {
            reject(context, ProblemType.NOT_FOUND, null);
        } else {
            reject(context, ProblemType.INVALID_INPUT, new FieldError("path", "must begin with /"));
        }
    }

    /** Every connection, from its first request on, whether the router let that request through or not. */
    private void oneRequestAtATime(HttpServerRequest request) {
        if (request.connection() instanceof ConnectionBase connection) {
            OneRequestAtATime.install(connection.channel().pipeline(), this::unreadableBody);
        }
    }

    private boolean exceeds(String contentLength) {
        try {
            return contentLength != null && Long.parseLong(contentLength.trim()) > maxBody;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * Whether headers are within {@value #MAX_HEADER_FIELDS} fields and {@value #MAX_HEADERS_SIZE}
     * bytes, each field counted with its separators.
     */
    static boolean headersWithinLimits(Iterable<Map.Entry<String, String>> headers) {
        int fields = 0;
        int size = 0;
        for (Map.Entry<String, String> header : headers) {
            fields++;
            size += header.getKey().length() + header.getValue().length() + 4;
        }
        return fields <= MAX_HEADER_FIELDS && size <= MAX_HEADERS_SIZE;
    }

    /** Answers with the problem, naming the field when there is one; what a route below the REST layer refuses with. */
    void reject(RoutingContext context, ProblemType type, FieldError error) {
        Problems.countRefused(type);
        context.response()
                .setStatusCode(type.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(problem(type, error));
    }

    /** Answers with the problem and closes the connection once it is sent. */
    private void rejectAndClose(RoutingContext context, ProblemType type) {
        context.response()
                .putHeader(HttpHeaders.CONNECTION, "close")
                .endHandler(ignored -> context.request().connection().close());
        reject(context, type, null);
    }

    private Buffer problem(ProblemType type, FieldError error) {
        String detail = error == null ? detail(type) : error.field() + ": " + error.message();
        try {
            return Buffer.buffer(mapper.writeValueAsBytes(
                    Problems.body(type, type.status(), detail, error == null ? null : List.of(error), null)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem body could not be written", e);
        }
    }

    /** The problem of a body whose chunks are malformed, answered below the router (no request to name). */
    private byte[] unreadableBody() {
        Problems.countRefused(ProblemType.UNREADABLE_BODY);
        return problem(ProblemType.UNREADABLE_BODY, null).getBytes();
    }

    private String detail(ProblemType type) {
        return type == ProblemType.PAYLOAD_TOO_LARGE
                ? "The body exceeds " + maxBody + " bytes, the most this service reads. Nothing was changed."
                : type.meaning();
    }

    /**
     * Closes the connection once the client has finished sending, or after a second at most: a
     * client still writing a body that was not read then reads the answer instead of a reset
     * connection, and no client can hold the connection longer. What it still sends is read and
     * discarded, never kept.
     */
    private static void closeOnceSent(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.version() == HttpVersion.HTTP_2) {
            return;
        }
        if (request.isEnded()) {
            request.connection().close();
            return;
        }
        long timer = context.vertx()
                .setTimer(LINGER_MILLIS, ignored -> request.connection().close());
        // However it ends (the body's end, or the client gone), the timer goes with what it holds.
        Handler<Object> close = ignored -> {
            context.vertx().cancelTimer(timer);
            request.connection().close();
        };
        request.handler(ignored -> {}).exceptionHandler(close::handle).endHandler(close::handle);
        request.resume();
    }
}
