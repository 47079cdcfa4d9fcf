package io.airisk.common.http;

import io.airisk.common.error.Problem;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpStatusClass;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * One request at a time on each connection: the next request is handed to the server only once the
 * one before is answered and its answer has left for the network. The connection stops reading
 * from its socket once a whole request has arrived and reads again once that request's answer is
 * written. A client that sends requests ahead without reading the answers (HTTP pipelining) finds
 * them waiting in its own socket, not in the service's heap, and its unread answers never pile up
 * either; a request it sent ahead, already read from the socket, is held here and handed on later,
 * on a turn of its own, so that one connection's requests never run back to back while others wait.
 * A client may send one request ahead of an answer, within the limits of {@link HttpLimits}; the
 * connection of one that sends two, or a larger one, is closed.
 *
 * <p>A Netty handler, between the HTTP codec and the server's own handler, since no setting of the
 * HTTP server bounds pipelining. It is added to a connection at its first request ({@link
 * #install}), the one point where the service sees a connection.
 */
final class OneRequestAtATime extends ChannelDuplexHandler {

    private static final String NAME = "airisk-one-request-at-a-time";

    /** Requests a client may send ahead of the answer it awaits. */
    static final int MAX_AHEAD = 1;

    /** The problem body of a request whose body's framing broke. */
    private final Supplier<byte[]> unreadable;

    // Touched only on the connection's event loop.
    private boolean reading;
    private boolean awaitingAnswer;
    private boolean answering;
    /** From a request's arrival until the event loop's turn after its answer was written. */
    private boolean busy;

    private final ArrayDeque<Object> held = new ArrayDeque<>();
    private int heldRequests;

    private OneRequestAtATime(Supplier<byte[]> unreadable) {
        this.unreadable = unreadable;
        // The request being handled reached the server before this handler did.
        this.reading = true;
        this.awaitingAnswer = true;
        this.busy = true;
    }

    /**
     * Adds the handler to the connection's pipeline unless it is there already.
     *
     * @param unreadable the problem body for a body whose chunks are malformed
     */
    static void install(ChannelPipeline pipeline, Supplier<byte[]> unreadable) {
        if (pipeline.get(NAME) == null && pipeline.get("handler") != null) {
            pipeline.addBefore("handler", NAME, new OneRequestAtATime(unreadable));
        }
    }

    @Override
    public void channelRead(ChannelHandlerContext context, Object message) {
        if (message instanceof HttpContent content && content.decoderResult().isFailure()) {
            brokenBody(context, content);
        } else if (!held.isEmpty() || (busy && !reading)) {
            hold(context, message);
        } else {
            if (message instanceof HttpRequest) {
                reading = true;
                awaitingAnswer = true;
                busy = true;
            }
            if (message instanceof LastHttpContent) {
                reading = false;
                if (awaitingAnswer) {
                    context.channel().config().setAutoRead(false);
                }
            }
            context.fireChannelRead(message);
        }
    }

    /** What arrives while a request awaits its answer waits here, a request ahead at most. */
    private void hold(ChannelHandlerContext context, Object message) {
        context.channel().config().setAutoRead(false);
        if (message instanceof HttpRequest request
                && (++heldRequests > MAX_AHEAD
                        || request.uri().length() > HttpLimits.MAX_URI_LENGTH
                        || !HttpLimits.headersWithinLimits(request.headers()))) {
            // The client does not wait for answers, or sent ahead a request that would be refused
            // for its size: what it sent is dropped with the connection, not held.
            ReferenceCountUtil.release(message);
            releaseHeld();
            context.close();
            return;
        }
        held.add(message);
    }

    /** Hands on what was held, on a turn of the event loop of its own, now that the answer before is written. */
    private void handOn(ChannelHandlerContext context) {
        busy = false;
        List<Object> waiting = new ArrayList<>(held);
        held.clear();
        heldRequests = 0;
        for (Object message : waiting) {
            channelRead(context, message);
        }
        if (!waiting.isEmpty()) {
            // Ends the read as the socket's reads end: the server flushes what it wrote meanwhile.
            context.fireChannelReadComplete();
        }
        if (held.isEmpty() && !(busy && !reading)) {
            context.channel().config().setAutoRead(true);
        }
    }

    /**
     * A body whose chunks are malformed: the rest of the connection cannot be framed. Answered 400,
     * unless its answer has begun already (a request refused before its body was read), and closed.
     * The server would close it without a word.
     */
    private void brokenBody(ChannelHandlerContext context, HttpContent content) {
        ReferenceCountUtil.release(content);
        releaseHeld();
        if (!awaitingAnswer || answering) {
            context.close();
            return;
        }
        FullHttpResponse problem = new DefaultFullHttpResponse(
                HttpVersion.HTTP_1_1, HttpResponseStatus.BAD_REQUEST, Unpooled.wrappedBuffer(unreadable.get()));
        problem.headers()
                .set(HttpHeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .set(HttpHeaderNames.CONTENT_LENGTH, problem.content().readableBytes())
                .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        answering = true; // the server's own answer, if it comes, finds the connection closed
        context.writeAndFlush(problem).addListener(ChannelFutureListener.CLOSE);
    }

    @Override
    public void write(ChannelHandlerContext context, Object message, ChannelPromise promise) {
        if (message instanceof HttpResponse && !interim(message)) {
            answering = true;
        }
        if (message instanceof LastHttpContent && !interim(message)) {
            answering = false;
            ChannelPromise written = promise.unvoid();
            written.addListener(ignored -> {
                awaitingAnswer = false;
                // Even an answer written at once lets the event loop serve other connections first.
                context.executor().execute(() -> handOn(context));
            });
            context.write(message, written);
            return;
        }
        context.write(message, promise);
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext context) {
        releaseHeld();
    }

    @Override
    public void channelInactive(ChannelHandlerContext context) {
        releaseHeld();
        context.fireChannelInactive();
    }

    private void releaseHeld() {
        held.forEach(ReferenceCountUtil::release);
        held.clear();
    }

    /** A 100 Continue, which precedes the answer rather than being it. */
    private static boolean interim(Object message) {
        return message instanceof HttpResponse response
                && response.status().codeClass() == HttpStatusClass.INFORMATIONAL;
    }
}
