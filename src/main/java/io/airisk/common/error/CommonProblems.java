package io.airisk.common.error;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.airisk.common.json.StrictJson;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The failures every feature can meet, each answered once as problem details: invalid input,
 * bodies that are not JSON or not of the expected shape, the framework's own HTTP rejections,
 * lock waits, and anything unexpected. Client errors are logged at DEBUG at most.
 */
public class CommonProblems {

    private static final Logger LOG = Logger.getLogger(CommonProblems.class);

    /** The name of every request-body parameter: a violation on it is reported as {@code body}. */
    public static final String BODY = "body";

    @ServerExceptionMapper
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    public Response invalidInput(InvalidInputException exception) {
        return Problems.invalid(exception.errors());
    }

    /** Bean Validation of a request body or parameter; a violated return value is a fault of ours. */
    @ServerExceptionMapper
    public Response invalidBody(ConstraintViolationException exception) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
            String field = field(violation.getPropertyPath());
            if (field == null) {
                return unexpected(exception);
            }
            errors.add(new FieldError(field, violation.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
        return Problems.invalid(errors);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException exception) {
        return jsonProblem(exception);
    }

    /** Declared for this exact type, so that it takes precedence over the REST layer's own mapper. */
    @ServerExceptionMapper
    public Response json(MismatchedInputException exception) {
        return jsonProblem(exception);
    }

    /** Any other failure to read the body: the client stopped sending it, or stalled. */
    @ServerExceptionMapper
    public Response unreadable(IOException exception) {
        LOG.debugf("Request body unreadable: %s", exception.getMessage());
        return Problems.response(ProblemType.UNREADABLE_BODY, "The request body could not be read to its end");
    }

    /** What the REST layer itself rejects: unknown path, wrong method, media type... */
    @ServerExceptionMapper
    public Response http(WebApplicationException exception) {
        if (exception.getCause() instanceof JsonProcessingException json) {
            return jsonProblem(json);
        }
        Response original = exception.getResponse();
        int status = original == null ? 500 : original.getStatus();
        if (status >= 500) {
            return unexpected(exception);
        }
        ProblemType type = ProblemType.forStatus(status);
        Response built = Problems.response(type, status, type.meaning(), null);
        String allow = original.getHeaderString(HttpHeaders.ALLOW);
        return allow == null
                ? built
                : Response.fromResponse(built).header(HttpHeaders.ALLOW, allow).build();
    }

    @ServerExceptionMapper
    public Response busy(LockTimeoutException exception) {
        return busy();
    }

    @ServerExceptionMapper
    public Response busy(PessimisticLockException exception) {
        return busy();
    }

    @ServerExceptionMapper
    public Response conflict(OptimisticLockException exception) {
        return Problems.response(
                ProblemType.CONFLICT,
                "The assessment was changed by another request at the same time; read it again and retry");
    }

    /** Anything else is a bug: logged with an incident id, answered with that id and nothing about the cause. */
    @ServerExceptionMapper
    public Response unexpected(Throwable exception) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(exception, "Unexpected failure, incident %s", incident);
        return Problems.response(
                ProblemType.INTERNAL, "The server could not complete the request; incident " + incident);
    }

    /** The request waited too long for another one on the same assessment; a retry will likely succeed. */
    private static Response busy() {
        return Response.fromResponse(
                        Problems.response(ProblemType.BUSY, "The assessment is busy with other changes; retry shortly"))
                .header("Retry-After", "1")
                .build();
    }

    /**
     * The parameter's name, or for the body the path inside it ({@code organization.name}); {@code
     * null} for a violation that is not about the request.
     */
    private static String field(Path path) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.RETURN_VALUE) {
                return null;
            }
            boolean body = kind == ElementKind.PARAMETER && BODY.equals(node.getName());
            if (!body
                    && (kind == ElementKind.PARAMETER
                            || kind == ElementKind.PROPERTY
                            || kind == ElementKind.CONTAINER_ELEMENT)) {
                names.add(node.getName());
            }
        }
        return names.isEmpty() ? BODY : String.join(".", names);
    }

    /** Messages are written here, never copied from the parser, so that no class name reaches a client. */
    private static Response jsonProblem(JsonProcessingException exception) {
        JsonParseException parse = cause(exception, JsonParseException.class);
        if (parse != null) {
            return Problems.response(ProblemType.MALFORMED_JSON, "The request body is not valid JSON" + where(parse));
        }
        StreamConstraintsException limit = cause(exception, StreamConstraintsException.class);
        if (limit != null) {
            return Problems.invalid(List.of(new FieldError(
                    BODY,
                    "holds a longer string or name, more JSON values or deeper nesting than any request of this API"
                            + " (strings of at most " + StrictJson.MAX_STRING_LENGTH + " characters, names of "
                            + StrictJson.MAX_NAME_LENGTH + ", " + StrictJson.MAX_TOKENS + " tokens, "
                            + StrictJson.MAX_DEPTH + " levels)" + where(limit))));
        }
        String field = exception instanceof JsonMappingException mapping ? path(mapping.getPath()) : "";
        return Problems.invalid(List.of(new FieldError(field.isEmpty() ? BODY : field, message(exception))));
    }

    /** Where in the body the parser stopped, when it says. */
    private static String where(JsonProcessingException exception) {
        return exception.getLocation() == null
                ? ""
                : " at line " + exception.getLocation().getLineNr() + ", column "
                        + exception.getLocation().getColumnNr();
    }

    private static <T extends Throwable> T cause(Throwable exception, Class<T> type) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private static String message(JsonProcessingException exception) {
        if (exception instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        if (exception instanceof MismatchedInputException mismatch
                && mismatch.getTargetType() != null
                && mismatch.getTargetType().isEnum()) {
            return "must be one of "
                    + Arrays.stream(mismatch.getTargetType().getEnumConstants())
                            .map(Object::toString)
                            .collect(Collectors.joining(", "));
        }
        if (exception instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "must be " + jsonType(mismatch.getTargetType());
        }
        return "has an invalid value";
    }

    private static String jsonType(Class<?> type) {
        if (type == String.class || type.isEnum()) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != char.class)) {
            return "a number";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord() || type == Object.class) {
            return "an object";
        }
        return "of another type";
    }

    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
