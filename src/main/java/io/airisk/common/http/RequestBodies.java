package io.airisk.common.http;

import io.airisk.common.error.CommonProblems;
import io.airisk.common.error.FieldError;
import io.airisk.common.error.ProblemType;
import io.airisk.common.error.Problems;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Reads a request's body into memory, whole, before its endpoint runs: once the request's key or
 * token has been verified and its role allowed the endpoint (the security check runs before any
 * request filter), and on the I/O thread, so that no worker thread waits for a slow client. The
 * body must be JSON in UTF-8, arrive within {@link HttpConfig#bodyTimeout()}, fit in
 * {@code quarkus.http.limits.max-body-size}, and fit in what request bodies may hold at once
 * ({@link BodyBudget}); it is then checked to be valid UTF-8, every byte of it, and handed to the
 * endpoint from memory.
 */
public class RequestBodies {

    private static final Logger LOG = Logger.getLogger(RequestBodies.class);

    private final HttpLimits limits;
    private final HttpConfig config;
    private final BodyBudget budget;

    public RequestBodies(HttpLimits limits, HttpConfig config, BodyBudget budget) {
        this.limits = limits;
        this.config = config;
        this.budget = budget;
    }

    @ServerRequestFilter(nonBlocking = true)
    public Uni<Response> read(ContainerRequestContext request, RoutingContext routing) {
        HttpServerRequest http = routing.request();
        if (!HttpLimits.hasBody(http)) {
            return Uni.createFrom().nullItem();
        }
        if (!json(http.getHeader(HttpHeaders.CONTENT_TYPE))) {
            return Uni.createFrom()
                    .item(Problems.response(
                            ProblemType.UNSUPPORTED_MEDIA_TYPE,
                            "Send the body as application/json, in UTF-8",
                            List.of(new FieldError(
                                    "Content-Type", "must be application/json, with charset=utf-8 if any"))));
        }
        return Uni.createFrom().emitter(emitter -> new Reader(request, routing, holder(routing), emitter).start());
    }

    /** Who the request's body counts against: its key or token, as the security check verified it. */
    private static String holder(RoutingContext routing) {
        return routing.user() instanceof QuarkusHttpUser user
                ? user.getSecurityIdentity().getPrincipal().getName()
                : "";
    }

    /** {@code application/json}, with no parameter but {@code charset=utf-8}. */
    static boolean json(String contentType) {
        if (contentType == null) {
            return false;
        }
        MediaType type;
        try {
            type = MediaType.valueOf(contentType);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (!type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.isWildcardType() || type.isWildcardSubtype()) {
            return false;
        }
        return type.getParameters().entrySet().stream()
                .allMatch(parameter -> parameter.getKey().equalsIgnoreCase("charset")
                        && parameter
                                .getValue()
                                .toLowerCase(Locale.ROOT)
                                .replace("\"", "")
                                .equals("utf-8"));
    }

    /**
     * The position of the first byte that is not valid UTF-8 (an overlong form, a surrogate, a
     * value past U+10FFFF, a sequence cut short...), or -1 when every byte is.
     */
    static int invalidUtf8At(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(1024);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (result.isUnderflow()) {
                return -1;
            }
            out.clear();
        }
    }

    /** One body being read: it ends once, with the body handed on or with a problem. */
    private final class Reader {
        private final ContainerRequestContext request;
        private final RoutingContext routing;
        private final HttpServerRequest http;
        private final String holder;
        private final UniEmitter<? super Response> emitter;
        private Buffer body;
        private long reserved;
        private long timer = -1;
        private boolean done;

        Reader(
                ContainerRequestContext request,
                RoutingContext routing,
                String holder,
                UniEmitter<? super Response> emitter) {
            this.request = request;
            this.routing = routing;
            this.http = routing.request();
            this.holder = holder;
            this.emitter = emitter;
        }

        void start() {
            long declared = declaredLength();
            // Whatever is taken from the budget is given back once the answer is sent, or the connection lost.
            routing.addEndHandler(ignored -> budget.release(holder, reserved));
            if (declared > 0 && !reserve(declared)) {
                return;
            }
            body = Buffer.buffer((int) Math.max(declared, 1024));
            timer = routing.vertx().setTimer(config.bodyTimeout().toMillis(), ignored -> fail(timeout()));
            if ("100-continue".equalsIgnoreCase(http.getHeader(HttpHeaders.EXPECT))) {
                http.response().writeContinue();
            }
            http.handler(this::chunk).exceptionHandler(this::broken).endHandler(ignored -> end());
            http.resume(); // the REST layer paused it
        }

        private boolean reserve(long bytes) {
            if (budget.reserve(holder, bytes)) {
                reserved += bytes;
                return true;
            }
            fail(Response.fromResponse(Problems.response(
                            ProblemType.OVERLOADED,
                            "The service holds as many request bodies as it may at once; retry shortly"))
                    .header(HttpHeaders.RETRY_AFTER.toString(), 1)
                    .build());
            return false;
        }

        private void chunk(Buffer chunk) {
            if (done) {
                return;
            }
            if (body.length() + chunk.length() > limits.maxBody()) {
                fail(Problems.response(
                        ProblemType.PAYLOAD_TOO_LARGE,
                        "The body exceeds " + limits.maxBody() + " bytes, the most this service reads. Nothing was"
                                + " changed."));
                return;
            }
            if (body.length() + chunk.length() > reserved && !reserve(chunk.length())) {
                return;
            }
            body.appendBuffer(chunk);
        }

        private void end() {
            if (done) {
                return;
            }
            byte[] bytes = body.getBytes();
            int invalid = invalidUtf8At(bytes);
            if (invalid >= 0) {
                fail(Problems.response(
                        ProblemType.MALFORMED_JSON,
                        "The request body is not valid UTF-8",
                        List.of(new FieldError(CommonProblems.BODY, "is not valid UTF-8 at byte " + invalid))));
                return;
            }
            HttpLimits.bodyRead(routing);
            request.setEntityStream(new ByteArrayInputStream(bytes));
            finish(null);
        }

        private void broken(Throwable failure) {
            LOG.debugf("Request body unreadable: %s", failure);
            fail(Problems.response(
                    ProblemType.UNREADABLE_BODY, "The request body could not be read to its end: its framing broke"));
        }

        private Response timeout() {
            return Problems.response(
                    ProblemType.BODY_TIMEOUT,
                    "The body did not arrive in full within "
                            + config.bodyTimeout().toSeconds() + " s. Nothing was" + " changed.");
        }

        private long declaredLength() {
            String length = http.getHeader(HttpHeaders.CONTENT_LENGTH);
            try {
                return length == null ? -1 : Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                return -1; // the codec refuses such a request before it gets here
            }
        }

        /** Stops reading and answers with the problem; the connection closes once it is sent. */
        private void fail(Response problem) {
            if (!done) {
                http.handler(null);
                finish(problem);
            }
        }

        private void finish(Response answer) {
            done = true;
            if (timer >= 0) {
                routing.vertx().cancelTimer(timer);
            }
            emitter.complete(answer);
        }
    }
}
