package io.airisk.assessment.rest;

import io.airisk.access.Caller;
import io.airisk.access.Roles;
import io.airisk.assessment.AssessmentStatus;
import io.airisk.assessment.service.AssessmentExport;
import io.airisk.assessment.service.AssessmentNotFoundException;
import io.airisk.assessment.service.AssessmentNotInReviewException;
import io.airisk.assessment.service.AssessmentNotSubmittedException;
import io.airisk.assessment.service.AssessmentPage;
import io.airisk.assessment.service.AssessmentReadOnlyException;
import io.airisk.assessment.service.AssessmentService;
import io.airisk.assessment.service.AssessmentView;
import io.airisk.assessment.service.CreateAssessmentRequest;
import io.airisk.assessment.service.ExportFormat;
import io.airisk.assessment.service.IncompleteAssessmentException;
import io.airisk.assessment.service.NoMigrationException;
import io.airisk.assessment.service.Organization;
import io.airisk.assessment.service.Precondition;
import io.airisk.assessment.service.StoredAssessmentView;
import io.airisk.assessment.service.UpgradeView;
import io.airisk.assessment.service.VersionMismatchException;
import io.airisk.common.error.FieldError;
import io.airisk.common.error.InvalidInputException;
import io.airisk.common.error.Problem;
import io.airisk.common.error.ProblemResponses;
import io.airisk.common.http.Locations;
import io.airisk.common.http.Paging;
import io.airisk.common.text.TextValidator;
import io.airisk.engine.InvalidAnswersException;
import io.airisk.engine.VersionMove;
import io.airisk.idempotency.Idempotency;
import io.airisk.idempotency.IdempotencyKeyInUseException;
import io.airisk.idempotency.IdempotencyKeyReusedException;
import io.airisk.questionnaire.service.UnknownQuestionnaireVersionException;
import io.airisk.scoring.EngineSchemas;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The assessments' HTTP face: parses what the service cannot (ids, headers, paging) and maps its answers. */
@Path("/api/v1/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments", description = "Stored assessments: create a draft, answer, submit, read the result")
public class AssessmentResource {

    public static final String IF_MATCH = "If-Match";
    public static final String IF_MATCH_DESCRIPTION =
            "Optional: the ETag the change is based on (strong comparison: a weak tag never matches), or *;"
                    + " a mismatch answers 412 and changes nothing";
    static final String IDEMPOTENCY_KEY_DESCRIPTION =
            "Optional: 1 to 255 visible ASCII characters unique to this request (a UUID, say); a retry with the"
                    + " same key and request returns the first response and changes nothing, the same key with"
                    + " another request is 422";

    static final String CSV = "text/csv";
    static final String JSON_LINES = "application/x-ndjson";
    /** What the JSON Lines export was first served as: a client that asks for it still gets the export. */
    static final String JSON_LINES_BEFORE = "application/jsonl";

    private final AssessmentService service;
    private final AssessmentExport export;
    private final Idempotency idempotency;
    private final SecurityIdentity identity;

    public AssessmentResource(
            AssessmentService service, AssessmentExport export, Idempotency idempotency, SecurityIdentity identity) {
        this.service = service;
        this.export = export;
        this.idempotency = idempotency;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(
            operationId = "createAssessment",
            summary = "Create a draft assessment",
            description =
                    "Creates a DRAFT pinned to the given questionnaire version (the current one by default), with optional initial answers.")
    @Parameter(
            name = Idempotency.HEADER,
            in = ParameterIn.HEADER,
            description = IDEMPOTENCY_KEY_DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255))
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
            headers = {
                @Header(
                        name = "Location",
                        description = "The new assessment's path, relative to the service: /api/v1/assessments/{id}",
                        schema = @Schema(type = SchemaType.STRING, maxLength = 8192)),
                @Header(
                        name = "ETag",
                        description = "The assessment's version",
                        schema = @Schema(type = SchemaType.STRING, maxLength = 22))
            },
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AssessmentView.class),
                            examples = @ExampleObject(name = "draft", value = Examples.DRAFT)))
    public Response create(
            @Valid @NotNull CreateAssessmentRequest body, @Context HttpHeaders headers, @Context UriInfo uri)
            throws InvalidInputException, UnknownQuestionnaireVersionException, InvalidAnswersException,
                    IdempotencyKeyReusedException, IdempotencyKeyInUseException {
        Caller caller = Caller.of(identity);
        return idempotency.run(caller.tenantId(), Idempotency.key(headers), "POST /api/v1/assessments", body, () -> {
            AssessmentView created = service.create(caller, body);
            return Locations.created(uri, created.id())
                    .tag(etag(created.version()))
                    .entity(created)
                    .build();
        });
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(
            operationId = "listAssessments",
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
    public AssessmentPage list(
            @Parameter(description = "Organization name, matched exactly ignoring case", example = "Acme Robotics")
                    @QueryParam("organization")
                    String organization,
            @Parameter(
                            description = "Only assessments in this status",
                            schema = @Schema(implementation = AssessmentStatus.class))
                    @QueryParam("status")
                    String status,
            @Parameter(
                            description = "Page number, from 0",
                            schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
                    @QueryParam("page")
                    String page,
            @Parameter(
                            description = "Page size, 1 to " + Paging.MAX_SIZE,
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "100",
                                            defaultValue = "20"))
                    @QueryParam("size")
                    String size)
            throws InvalidInputException {
        List<FieldError> errors = new ArrayList<>();
        Paging paging = Paging.parse(page, size, errors);
        checkOrganization(organization, errors);
        AssessmentStatus statusFilter = parseStatus(status, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return service.list(Caller.of(identity), organization, statusFilter, paging.page(), paging.size());
    }

    @GET
    @Path("/export")
    @Produces({CSV, JSON_LINES, JSON_LINES_BEFORE})
    @RolesAllowed(Roles.VIEWER)
    @Operation(
            operationId = "exportAssessments",
            summary = "Export assessments, newest first, as CSV or JSON Lines",
            description = "Every assessment matching the filters (as the list's), read and written a page at a time:"
                    + " an export holds one page, however many rows it writes. CSV (RFC 4180, UTF-8, CRLF): one row per"
                    + " assessment with its organization, status, dates, version, index, band, range, one column"
                    + " per dimension's score, the answers as an answer vector and as JSON; a text cell that"
                    + " begins with = + - @, a tab or a carriage return is prefixed with an apostrophe, so that"
                    + " no spreadsheet reads it as a formula. JSON Lines: one assessment per line, as GET"
                    + " /api/v1/assessments/{id} shows it. An instance runs two exports at once (by default);"
                    + " one more is answered 503 with Retry-After.")
    @APIResponse(
            responseCode = "200",
            description = "The export, streamed; Content-Disposition names a file",
            content = {
                @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = JSON_LINES, schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(responseCode = "503", ref = ProblemResponses.BUSY)
    public Response export(
            @Parameter(
                            description = "csv (the default) or jsonl",
                            schema =
                                    @Schema(
                                            enumeration = {"csv", "jsonl"},
                                            defaultValue = "csv"))
                    @QueryParam("format")
                    String format,
            @Parameter(description = "Organization name, matched exactly ignoring case", example = "Acme Robotics")
                    @QueryParam("organization")
                    String organization,
            @Parameter(
                            description = "Only assessments in this status",
                            schema = @Schema(implementation = AssessmentStatus.class))
                    @QueryParam("status")
                    String status)
            throws InvalidInputException {
        List<FieldError> errors = new ArrayList<>();
        ExportFormat exportFormat =
                format == null ? ExportFormat.CSV : ExportFormat.named(format).orElse(null);
        if (exportFormat == null) {
            errors.add(new FieldError("format", "must be csv or jsonl"));
        }
        checkOrganization(organization, errors);
        AssessmentStatus statusFilter = parseStatus(status, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        StreamingOutput rows = export.export(Caller.of(identity), organization, statusFilter, exportFormat);
        String file = "assessments-" + LocalDate.now(ZoneOffset.UTC) + "." + exportFormat.extension();
        return Response.ok(rows, exportFormat.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.VIEWER, Roles.RESPONDENT, Roles.SHARE})
    @Operation(
            operationId = "getAssessment",
            summary = "Get an assessment",
            description = "A submitted assessment includes its stored result.")
    @APIResponse(
            responseCode = "200",
            description = "The assessment; its ETag is its version",
            headers =
                    @Header(
                            name = "ETag",
                            description = "The assessment's version",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 22)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AssessmentView.class),
                            examples = @ExampleObject(name = "submitted", value = Examples.SUBMITTED)))
    public Response get(@Parameter(description = "The assessment's id") @PathParam("id") UUID id)
            throws AssessmentNotFoundException {
        Caller caller = Caller.of(identity);
        if (!caller.coordinates()) {
            AssessmentView seen = service.find(caller, id).orElseThrow(() -> new AssessmentNotFoundException(id));
            return Response.ok(seen).tag(etag(seen.version())).build();
        }
        StoredAssessmentView view = service.show(caller, id).orElseThrow(() -> new AssessmentNotFoundException(id));
        return Response.ok(view).tag(etag(view.version())).build();
    }

    @PATCH
    @Path("/{id}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.RESPONDENT})
    @Operation(
            operationId = "answerAssessment",
            summary = "Merge answers into a draft",
            description =
                    "Each value replaces that question's answer; null removes it. A draft may keep answers to questions that its other answers now hide: they are ignored in scoring and dropped at submit.")
    @Parameter(
            name = IF_MATCH,
            in = ParameterIn.HEADER,
            description = IF_MATCH_DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING))
    @RequestBody(
            required = true,
            description = "Answers keyed by question id; null removes an answer",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(ref = EngineSchemas.ANSWERS),
                            examples = @ExampleObject(name = "answers", value = Examples.PATCH)))
    @APIResponse(
            responseCode = "200",
            description = "The draft with its merged answers",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AssessmentView.class),
                            examples = @ExampleObject(name = "draft", value = Examples.DRAFT)))
    @APIResponse(responseCode = "503", ref = ProblemResponses.BUSY)
    public Response answer(@PathParam("id") UUID id, @NotNull Map<String, Object> body, @Context HttpHeaders headers)
            throws InvalidInputException, AssessmentNotFoundException, VersionMismatchException,
                    AssessmentReadOnlyException, InvalidAnswersException {
        AssessmentView view = service.patchAnswers(Caller.of(identity), id, body, precondition(headers));
        return Response.ok(view).tag(etag(view.version())).build();
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed({Roles.EDITOR, Roles.RESPONDENT})
    @Operation(
            operationId = "submitAssessment",
            summary = "Submit a draft: validate, score and store the result",
            description =
                    "Every required, visible question must be answered. The result is stored and never recomputed; the assessment becomes read-only.")
    @Parameter(
            name = IF_MATCH,
            in = ParameterIn.HEADER,
            description = IF_MATCH_DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(
            name = Idempotency.HEADER,
            in = ParameterIn.HEADER,
            description = IDEMPOTENCY_KEY_DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255))
    @APIResponse(
            responseCode = "200",
            description = "The submitted assessment with its result",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AssessmentView.class),
                            examples = @ExampleObject(name = "submitted", value = Examples.SUBMITTED)))
    @APIResponse(responseCode = "503", ref = ProblemResponses.BUSY)
    public Response submit(@PathParam("id") UUID id, @Context HttpHeaders headers)
            throws InvalidInputException, AssessmentNotFoundException, VersionMismatchException,
                    AssessmentReadOnlyException, IncompleteAssessmentException, IdempotencyKeyReusedException,
                    IdempotencyKeyInUseException {
        Caller caller = Caller.of(identity);
        Precondition precondition = precondition(headers);
        String request = "POST /api/v1/assessments/" + id + "/submit";
        return idempotency.run(caller.tenantId(), Idempotency.key(headers), request, null, () -> {
            AssessmentView view = service.submit(caller, id, precondition);
            return Response.ok(view).tag(etag(view.version())).build();
        });
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed(Roles.EDITOR)
    @Operation(
            operationId = "approveAssessment",
            summary = "Approve an assessment that waits for review",
            description = "Where the tenant requires a review (PATCH /api/v1/tenant {reviewRequired}), a submitted"
                    + " assessment waits IN_REVIEW until an EDITOR or ADMIN key other than the one that submitted it"
                    + " approves it; its result then counts in the portfolio, peers and trends. The audit trail"
                    + " records who approved.")
    @Parameter(
            name = IF_MATCH,
            in = ParameterIn.HEADER,
            description = IF_MATCH_DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(
            responseCode = "200",
            description = "The approved assessment, now SUBMITTED",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    public Response approve(@PathParam("id") UUID id, @Context HttpHeaders headers)
            throws AssessmentNotFoundException, VersionMismatchException, AssessmentNotInReviewException {
        AssessmentView view = service.approve(Caller.of(identity), id, precondition(headers));
        return Response.ok(view).tag(etag(view.version())).build();
    }

    @POST
    @Path("/{id}/upgrade")
    @RolesAllowed(Roles.EDITOR)
    @Operation(
            operationId = "upgradeAssessment",
            summary = "Move a draft to the current questionnaire version",
            description =
                    "Carries every answer that the current version maps from the draft's version, drops answers that"
                            + " the new version's other answers hide, and lists the questions left to answer. A draft"
                            + " already on the current version is returned unchanged. Only moves a version declares are"
                            + " possible (v2 to v3): others answer 422 no-migration.")
    @Parameter(
            name = IF_MATCH,
            in = ParameterIn.HEADER,
            description = IF_MATCH_DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(
            responseCode = "200",
            description = "The draft on the current version, and what the move did to its answers",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = UpgradeView.class)))
    @APIResponse(responseCode = "422", ref = ProblemResponses.UNPROCESSABLE)
    @APIResponse(responseCode = "503", ref = ProblemResponses.BUSY)
    public Response upgrade(@PathParam("id") UUID id, @Context HttpHeaders headers)
            throws InvalidInputException, AssessmentNotFoundException, VersionMismatchException,
                    AssessmentReadOnlyException, NoMigrationException {
        UpgradeView upgrade = service.upgrade(Caller.of(identity), id, precondition(headers));
        return Response.ok(upgrade).tag(etag(upgrade.assessment().version())).build();
    }

    @GET
    @Path("/{id}/compare")
    @RolesAllowed({Roles.VIEWER, Roles.RESPONDENT})
    @Operation(
            operationId = "compareAssessment",
            summary = "Score a submitted assessment under another questionnaire version, and explain the difference",
            description =
                    "Maps the answers as the other version declares (v2 to v3), counts the questions left to answer as"
                            + " unknown where they allow it (so that the result's range shows what they could do), and"
                            + " splits the change of the index, to the cent, between the method (weights, interaction"
                            + " terms, compounding) and each question's effect. Nothing is stored.")
    @APIResponse(
            responseCode = "200",
            description = "The comparison; methodEffect plus the effects add up to change",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = VersionMove.Comparison.class)))
    @APIResponse(responseCode = "422", ref = ProblemResponses.UNPROCESSABLE)
    public VersionMove.Comparison compare(
            @PathParam("id") UUID id,
            @Parameter(
                            description = "The questionnaire version to score under",
                            required = true,
                            schema = @Schema(type = SchemaType.STRING, maxLength = 50, example = "v3"))
                    @QueryParam("version")
                    String version)
            throws InvalidInputException, AssessmentNotFoundException, AssessmentNotSubmittedException,
                    NoMigrationException {
        if (version == null || version.isBlank()) {
            throw new InvalidInputException("version", "is required: the questionnaire version to score under");
        }
        try {
            return service.compare(Caller.of(identity), id, version)
                    .orElseThrow(() -> new AssessmentNotFoundException(id));
        } catch (UnknownQuestionnaireVersionException e) {
            throw new InvalidInputException("version", "is not a published questionnaire version");
        }
    }

    @DELETE
    // No content: a client that accepts problem details alone, as generated clients ask here, is answered.
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            operationId = "deleteAssessment",
            summary = "Delete an assessment",
            description =
                    "Drafts and submitted assessments alike; the id then answers 404, and retries of the requests that made or submitted it run anew.")
    @Parameter(
            name = IF_MATCH,
            in = ParameterIn.HEADER,
            description = IF_MATCH_DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "503", ref = ProblemResponses.BUSY)
    public Response delete(@PathParam("id") UUID id, @Context HttpHeaders headers)
            throws InvalidInputException, AssessmentNotFoundException, VersionMismatchException {
        service.delete(Caller.of(identity), id, precondition(headers));
        return Response.noContent().build();
    }

    /** An assessment's or organization's version as its entity tag. */
    static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The If-Match header as a precondition; 400 naming the header when it is malformed. */
    static Precondition precondition(HttpHeaders headers) {
        Precondition precondition = Precondition.ifMatch(headers.getRequestHeader(IF_MATCH));
        if (precondition == null) {
            throw new InvalidInputException(IF_MATCH, "must be * or entity tags such as \"3\", separated by commas");
        }
        return precondition;
    }

    private static void checkOrganization(String organization, List<FieldError> errors) {
        String problem =
                organization == null ? null : TextValidator.problem(organization, Organization.NAME_MAX, false);
        if (problem != null) {
            errors.add(new FieldError("organization", problem));
        }
    }

    private static AssessmentStatus parseStatus(String raw, List<FieldError> errors) {
        if (raw == null) {
            return null;
        }
        try {
            return AssessmentStatus.valueOf(raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("status", "must be DRAFT, IN_REVIEW or SUBMITTED"));
            return null;
        }
    }
}
