package io.airisk.common.error;

import io.micrometer.core.instrument.Metrics;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds problem responses: the one place that sets their media type and bounds their size. */
public final class Problems {

    /** Errors listed in one problem; the rest are counted. */
    public static final int MAX_LISTED_ERRORS = 50;

    private static final int MAX_FIELDS_IN_DETAIL = 10;

    /** A detail may quote what the client sent (an id, a version): never more than this. */
    private static final int MAX_DETAIL = 1_000;

    private Problems() {}

    public static Response response(ProblemType type, String detail) {
        return response(type, type.status(), detail, null);
    }

    /** 400: the request names bad fields, each with what is wrong with it. */
    public static Response invalid(List<FieldError> errors) {
        return response(ProblemType.INVALID_INPUT, describe(errors), errors);
    }

    public static Response response(ProblemType type, String detail, List<FieldError> errors) {
        return response(type, type.status(), detail, errors);
    }

    static Response response(ProblemType type, int status, String detail, List<FieldError> errors) {
        List<FieldError> listed = errors == null || errors.size() <= MAX_LISTED_ERRORS
                ? errors
                : List.copyOf(errors.subList(0, MAX_LISTED_ERRORS));
        Integer omitted = listed == errors ? null : errors.size() - MAX_LISTED_ERRORS;
        countRefused(type);
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(body(type, status, detail, listed, omitted))
                .build();
    }

    /**
     * Counts a request answered with a problem of that type ({@code airisk_problems_total} at
     * {@code /q/metrics}, by type and status; rate-limited requests among them).
     */
    public static void countRefused(ProblemType type) {
        Metrics.counter(
                        "airisk.problems",
                        "type",
                        type.type().substring(type.type().lastIndexOf(':') + 1),
                        "status",
                        Integer.toString(type.status()))
                .increment();
    }

    /** A problem body of that type, with the current request's trace id. */
    public static Problem body(ProblemType type, int status, String detail, List<FieldError> listed, Integer omitted) {
        return new Problem(
                type.type(), type.title(), status, abbreviate(detail, MAX_DETAIL), listed, omitted, currentTraceId());
    }

    /** The trace id of the request being answered, or null outside of one. */
    static String currentTraceId() {
        SpanContext span = Span.current().getSpanContext();
        return span.isValid() ? span.getTraceId() : null;
    }

    /** The text cut to at most {@code max} characters (code points), marked with "..." when cut. */
    static String abbreviate(String text, int max) {
        if (text == null || text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 3)) + "...";
    }

    /** A one-line summary of field errors, naming at most ten fields. */
    static String describe(List<FieldError> errors) {
        if (errors.size() == 1) {
            return errors.get(0).field() + ": " + errors.get(0).message();
        }
        List<String> fields = errors.stream().map(FieldError::field).distinct().toList();
        String named = String.join(", ", fields.subList(0, Math.min(fields.size(), MAX_FIELDS_IN_DETAIL)));
        return errors.size() + " fields are invalid: " + named + (fields.size() > MAX_FIELDS_IN_DETAIL ? ", ..." : "");
    }
}
