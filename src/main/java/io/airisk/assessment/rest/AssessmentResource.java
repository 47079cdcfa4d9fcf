package io.airisk.assessment.rest;

import io.airisk.assessment.service.AssessmentPage;
import io.airisk.assessment.service.AssessmentService;
import io.airisk.assessment.service.AssessmentStatus;
import io.airisk.assessment.service.AssessmentView;
import io.airisk.assessment.service.CreateAssessmentRequest;
import io.airisk.assessment.service.Organization;
import io.airisk.assessment.service.Precondition;
import io.airisk.common.error.Problem;
import io.airisk.common.error.ProblemException;
import io.airisk.common.error.RequestBodies;
import io.airisk.idempotency.Idempotency;
import io.airisk.scoring.engine.FieldError;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments", description = "Stored assessments: create a draft, answer, submit, read the result")
public class AssessmentResource {

    static final String IF_MATCH =
            "Optional: the ETag (version) the change is based on; a mismatch answers 412 and changes nothing";
    static final String IDEMPOTENCY_KEY =
            "Optional: a key unique to this request (a UUID, say); a retry with the same key"
                    + " and request returns the first response and changes nothing, the same key with another request is 422";
    static final int DEFAULT_PAGE_SIZE = 20;
    static final int MAX_PAGE_SIZE = 100;

    private final AssessmentService service;
    private final Idempotency idempotency;
    private final RequestBodies bodies;

    public AssessmentResource(AssessmentService service, Idempotency idempotency, RequestBodies bodies) {
        this.service = service;
        this.idempotency = idempotency;
        this.bodies = bodies;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Create a draft assessment",
            description =
                    "Creates a DRAFT pinned to the given questionnaire version (the current one by default), with optional initial answers.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CreateAssessmentRequest.class),
                            examples = @ExampleObject(name = "draft", value = Examples.CREATE_REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "Created",
            headers =
                    @Header(
                            name = "Location",
                            description = "The new assessment's URL",
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AssessmentView.class),
                            examples = @ExampleObject(name = "draft", value = Examples.DRAFT)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid body, organization or answers",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "invalid", value = Examples.INVALID)))
    @APIResponse(
            responseCode = "404",
            description = "The questionnaire version is not published",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unknown version", value = Examples.UNKNOWN_VERSION)))
    @APIResponse(
            responseCode = "413",
            description = "The body exceeds 1 MiB",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "too large", value = Examples.TOO_LARGE)))
    @APIResponse(
            responseCode = "415",
            description = "The body is not application/json",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "A request with the same Idempotency-Key is still in progress; retry",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "The Idempotency-Key was used for a different request",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "key reused", value = Examples.KEY_REUSED)))
    public Response create(
            @Parameter(description = IDEMPOTENCY_KEY) @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            CreateAssessmentRequest request,
            @Context UriInfo uriInfo) {
        bodies.requireValid(request);
        return idempotency.run(idempotencyKey, "POST /api/v1/assessments", request, () -> {
            AssessmentView created = service.create(request);
            return Response.created(uriInfo.getAbsolutePathBuilder()
                            .path(created.id().toString())
                            .build())
                    .tag(etag(created))
                    .entity(created)
                    .build();
        });
    }

    @GET
    @Operation(
            summary = "List assessments, newest first",
            description = "Filters are optional and combine; organization matches the name exactly, ignoring case.")
    @APIResponse(
            responseCode = "200",
            description = "One page of assessments",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AssessmentPage.class),
                            examples = @ExampleObject(name = "page", value = Examples.PAGE)))
    @APIResponse(
            responseCode = "400",
            description = "A bad filter or paging parameter",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "bad size", value = Examples.BAD_PAGE_SIZE)))
    public AssessmentPage list(
            @Parameter(description = "Organization name, matched exactly ignoring case", example = "Acme Robotics")
                    @QueryParam("organization")
                    String organization,
            @Parameter(description = "DRAFT or SUBMITTED", schema = @Schema(implementation = AssessmentStatus.class))
                    @QueryParam("status")
                    String status,
            @Parameter(
                            description = "Page number, from 0",
                            schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
                    @QueryParam("page")
                    String page,
            @Parameter(
                            description = "Page size, 1 to " + MAX_PAGE_SIZE,
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "100",
                                            defaultValue = "20"))
                    @QueryParam("size")
                    String size) {
        List<FieldError> errors = new ArrayList<>();
        AssessmentStatus statusFilter = parseStatus(status, errors);
        int pageNumber = parseInt("page", page, 0, 0, Integer.MAX_VALUE, errors);
        int pageSize = parseInt("size", size, DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE, errors);
        if (organization != null && organization.isBlank()) {
            errors.add(new FieldError("organization", "must not be blank"));
        } else if (organization != null && !Organization.isPrintable(organization)) {
            errors.add(new FieldError("organization", Organization.PRINTABLE_MESSAGE));
        }
        if ((long) pageNumber * pageSize > Integer.MAX_VALUE - pageSize) {
            errors.add(new FieldError("page", "is beyond any page that can exist for size " + pageSize));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return service.list(organization, statusFilter, pageNumber, pageSize);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get an assessment", description = "A submitted assessment includes its stored result.")
    @APIResponse(
            responseCode = "200",
            description = "The assessment; its ETag is its version",
            headers =
                    @Header(
                            name = "ETag",
                            description = "The assessment's version",
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AssessmentView.class),
                            examples = @ExampleObject(name = "submitted", value = Examples.SUBMITTED)))
    @APIResponse(
            responseCode = "404",
            description = "No such assessment",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unknown id", value = Examples.NOT_FOUND)))
    public Response get(@Parameter(description = "The assessment's id (a UUID)") @PathParam("id") String id) {
        UUID uuid = parseId(id);
        AssessmentView view = service.find(uuid).orElseThrow(() -> AssessmentService.notFound(id));
        return Response.ok(view).tag(etag(view)).build();
    }

    @PATCH
    @Path("/{id}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Merge answers into a draft",
            description =
                    "Each value replaces that question's answer; null removes it. A draft may keep answers to questions that its other answers now hide: they are ignored in scoring and dropped at submit.")
    @RequestBody(
            required = true,
            description = "Answers keyed by question id",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.OBJECT),
                            examples = @ExampleObject(name = "answers", value = Examples.PATCH)))
    @APIResponse(
            responseCode = "200",
            description = "The draft with its merged answers",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AssessmentView.class),
                            examples = @ExampleObject(name = "draft", value = Examples.DRAFT)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid answers; nothing was changed",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "invalid", value = Examples.INVALID_ANSWERS)))
    @APIResponse(
            responseCode = "404",
            description = "No such assessment",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unknown id", value = Examples.NOT_FOUND)))
    @APIResponse(
            responseCode = "409",
            description = "The assessment is submitted and read-only",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "submitted", value = Examples.CONFLICT)))
    @APIResponse(
            responseCode = "413",
            description = "The body exceeds 1 MiB",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "too large", value = Examples.TOO_LARGE)))
    @APIResponse(
            responseCode = "412",
            description = "If-Match does not match the current version; nothing was changed",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "stale version", value = Examples.PRECONDITION_FAILED)))
    public Response patchAnswers(
            @PathParam("id") String id,
            @Parameter(description = IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            Map<String, Object> answers) {
        UUID uuid = parseId(id);
        if (answers == null) {
            throw ProblemException.invalid("body", "must be an object of answers keyed by question id");
        }
        AssessmentView view = service.patchAnswers(uuid, answers, Precondition.ifMatch(ifMatch));
        return Response.ok(view).tag(etag(view)).build();
    }

    @POST
    @Path("/{id}/submit")
    @Operation(
            summary = "Submit a draft: validate, score and store the result",
            description =
                    "Every required, visible question must be answered. The result is stored and never recomputed; the assessment becomes read-only.")
    @APIResponse(
            responseCode = "200",
            description = "The submitted assessment with its result",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AssessmentView.class),
                            examples = @ExampleObject(name = "submitted", value = Examples.SUBMITTED)))
    @APIResponse(
            responseCode = "404",
            description = "No such assessment",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unknown id", value = Examples.NOT_FOUND)))
    @APIResponse(
            responseCode = "409",
            description = "Already submitted",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "submitted", value = Examples.CONFLICT)))
    @APIResponse(
            responseCode = "422",
            description =
                    "Required questions are unanswered, each named; or the Idempotency-Key was used for another request",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "incomplete", value = Examples.INCOMPLETE)))
    @APIResponse(
            responseCode = "412",
            description = "If-Match does not match the current version; nothing was changed",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "stale version", value = Examples.PRECONDITION_FAILED)))
    public Response submit(
            @PathParam("id") String id,
            @Parameter(description = IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = IDEMPOTENCY_KEY) @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        UUID uuid = parseId(id);
        return idempotency.run(idempotencyKey, "POST /api/v1/assessments/" + uuid + "/submit", null, () -> {
            AssessmentView view = service.submit(uuid, Precondition.ifMatch(ifMatch));
            return Response.ok(view).tag(etag(view)).build();
        });
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            summary = "Delete an assessment",
            description = "Drafts and submitted assessments alike; the id then answers 404.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(
            responseCode = "404",
            description = "No such assessment",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unknown id", value = Examples.NOT_FOUND)))
    @APIResponse(
            responseCode = "412",
            description = "If-Match does not match the current version; nothing was changed",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "stale version", value = Examples.PRECONDITION_FAILED)))
    public Response delete(
            @PathParam("id") String id, @Parameter(description = IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        service.delete(parseId(id), Precondition.ifMatch(ifMatch));
        return Response.noContent().build();
    }

    private static EntityTag etag(AssessmentView view) {
        return new EntityTag(Long.toString(view.version()));
    }

    /** A malformed id cannot name an assessment: 404, as for any unknown id. */
    private static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw AssessmentService.notFound(id);
        }
    }

    private static AssessmentStatus parseStatus(String raw, List<FieldError> errors) {
        if (raw == null) {
            return null;
        }
        try {
            return AssessmentStatus.valueOf(raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("status", "must be DRAFT or SUBMITTED"));
            return null;
        }
    }

    private static int parseInt(String name, String raw, int fallback, int min, int max, List<FieldError> errors) {
        if (raw == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError(
                name,
                max == Integer.MAX_VALUE
                        ? "must be an integer of at least " + min
                        : "must be an integer from " + min + " to " + max));
        return fallback;
    }
}
