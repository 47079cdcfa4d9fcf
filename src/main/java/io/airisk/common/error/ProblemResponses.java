package io.airisk.common.error;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The problem responses of the OpenAPI document, defined once from {@link ProblemType}: one
 * response component per status, which operations reference ({@code @APIResponse(ref = ...)} on
 * the exception mappers of what they throw), the statuses any operation may answer added to
 * every operation, and every problem type listed with its meaning.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponses implements OASFilter {

    public static final String BAD_REQUEST = "BadRequest";
    public static final String UNAUTHORIZED = "Unauthorized";
    public static final String FORBIDDEN = "Forbidden";
    public static final String NOT_FOUND = "NotFound";
    public static final String CONFLICT = "Conflict";
    public static final String PRECONDITION_FAILED = "PreconditionFailed";
    public static final String REQUEST_TIMEOUT = "RequestTimeout";
    public static final String PAYLOAD_TOO_LARGE = "PayloadTooLarge";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UnsupportedMediaType";
    public static final String UNPROCESSABLE = "Unprocessable";
    public static final String INTERNAL_ERROR = "InternalError";
    public static final String BUSY = "Busy";
    public static final String TOO_MANY_REQUESTS = "TooManyRequests";

    private static final Map<Integer, String> COMPONENTS = new TreeMap<>(Map.ofEntries(
            Map.entry(400, BAD_REQUEST),
            Map.entry(401, UNAUTHORIZED),
            Map.entry(403, FORBIDDEN),
            Map.entry(404, NOT_FOUND),
            Map.entry(408, REQUEST_TIMEOUT),
            Map.entry(409, CONFLICT),
            Map.entry(412, PRECONDITION_FAILED),
            Map.entry(413, PAYLOAD_TOO_LARGE),
            Map.entry(415, UNSUPPORTED_MEDIA_TYPE),
            Map.entry(422, UNPROCESSABLE),
            Map.entry(429, TOO_MANY_REQUESTS),
            Map.entry(500, INTERNAL_ERROR),
            Map.entry(503, BUSY)));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        COMPONENTS.forEach((status, name) -> openAPI.getComponents().addResponse(name, component(status)));
        Schema type = openAPI.getComponents()
                .getSchemas()
                .get("Problem")
                .getProperties()
                .get("type");
        type.description(type.getDescription() + ":\n\n" + typeList());
        openAPI.getPaths()
                .getPathItems()
                .forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
                    if (operation.getRequestBody() != null) {
                        reference(operation, 400, BAD_REQUEST);
                        reference(operation, 408, REQUEST_TIMEOUT);
                        reference(operation, 413, PAYLOAD_TOO_LARGE);
                        reference(operation, 415, UNSUPPORTED_MEDIA_TYPE);
                        reference(operation, 503, BUSY);
                    }
                    if (path.startsWith("/api/")) {
                        // What the security check answers before anything else, in place of the framework's entries.
                        operation
                                .getResponses()
                                .addAPIResponse(
                                        "401", OASFactory.createAPIResponse().ref(UNAUTHORIZED));
                        operation
                                .getResponses()
                                .addAPIResponse(
                                        "403", OASFactory.createAPIResponse().ref(FORBIDDEN));
                        reference(operation, 429, TOO_MANY_REQUESTS);
                    }
                    reference(operation, 500, INTERNAL_ERROR);
                    sortByStatus(operation);
                }));
    }

    /** Makes the operation's answer with that status the shared one, unless it references one already. */
    private static void reference(Operation operation, int status, String component) {
        APIResponse existing = operation.getResponses().getAPIResponse(Integer.toString(status));
        if (existing == null || existing.getRef() == null) {
            operation
                    .getResponses()
                    .addAPIResponse(
                            Integer.toString(status),
                            OASFactory.createAPIResponse().ref(component));
        }
    }

    private static void sortByStatus(Operation operation) {
        operation
                .getResponses()
                .setAPIResponses(new TreeMap<>(operation.getResponses().getAPIResponses()));
    }

    private static APIResponse component(int status) {
        List<ProblemType> types = List.of(ProblemType.values()).stream()
                .filter(type -> type.status() == status)
                .toList();
        var media =
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"));
        for (ProblemType type : types) {
            media.addExample(type.title(), OASFactory.createExample().value(example(type)));
        }
        APIResponse response = OASFactory.createAPIResponse()
                .description(types.stream().map(ProblemType::meaning).collect(Collectors.joining(" Or: ")))
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, media));
        if (status == 429 || status == 503) {
            response.addHeader(
                    "Retry-After",
                    OASFactory.createHeader()
                            .description("Seconds to wait before retrying")
                            .schema(OASFactory.createSchema()
                                    .addType(Schema.SchemaType.INTEGER)
                                    .format("int32")
                                    .minimum(java.math.BigDecimal.ONE)
                                    .maximum(java.math.BigDecimal.valueOf(3600))));
        }
        if (status == 401) {
            response.addHeader(
                    "WWW-Authenticate",
                    OASFactory.createHeader()
                            .description("The challenge: Bearer realm=\"airisk\"")
                            .schema(OASFactory.createSchema()
                                    .addType(Schema.SchemaType.STRING)
                                    .maxLength(100)));
        }
        return response;
    }

    private static Map<String, Object> example(ProblemType type) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type.type());
        problem.put("title", type.title());
        problem.put("status", type.status());
        if (type == ProblemType.INVALID_INPUT) {
            problem.put("detail", "organization.name: must not be blank");
            problem.put("errors", List.of(Map.of("field", "organization.name", "message", "must not be blank")));
        } else if (type == ProblemType.INCOMPLETE) {
            problem.put("detail", "1 required question unanswered: signals.owner");
            problem.put("errors", List.of(Map.of("field", "signals.owner", "message", "is required")));
        } else {
            problem.put("detail", type.meaning());
        }
        return problem;
    }

    private static String typeList() {
        return List.of(ProblemType.values()).stream()
                .map(type -> "- `" + type.type() + "` (" + type.status() + "): " + type.meaning())
                .collect(Collectors.joining("\n"));
    }
}
