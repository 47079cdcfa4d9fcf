package io.airisk.assessment.rest;

import io.airisk.access.Caller;
import io.airisk.access.Roles;
import io.airisk.assessment.service.NoMigrationException;
import io.airisk.assessment.service.NothingToStartFromException;
import io.airisk.assessment.service.Organization;
import io.airisk.assessment.service.OrganizationChange;
import io.airisk.assessment.service.OrganizationExistsException;
import io.airisk.assessment.service.OrganizationHistory;
import io.airisk.assessment.service.OrganizationInUseException;
import io.airisk.assessment.service.OrganizationNotFoundException;
import io.airisk.assessment.service.OrganizationPage;
import io.airisk.assessment.service.OrganizationView;
import io.airisk.assessment.service.Organizations;
import io.airisk.assessment.service.Reassessment;
import io.airisk.assessment.service.ReassessmentRequest;
import io.airisk.assessment.service.Trend;
import io.airisk.assessment.service.VersionMismatchException;
import io.airisk.common.error.FieldError;
import io.airisk.common.error.InvalidInputException;
import io.airisk.common.error.Problem;
import io.airisk.common.error.ProblemResponses;
import io.airisk.common.http.Paging;
import io.airisk.common.text.TextValidator;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The organizations a tenant assesses, their re-assessment and the trend of their index. */
@Path("/api/v1/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organizations", description = "Organizations, their history, re-assessment and trend")
public class OrganizationResource {

    private final Organizations organizations;
    private final OrganizationHistory history;
    private final SecurityIdentity identity;

    public OrganizationResource(Organizations organizations, OrganizationHistory history, SecurityIdentity identity) {
        this.organizations = organizations;
        this.history = history;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(
            operationId = "createOrganization",
            summary = "Create an organization",
            description =
                    "A name is unique within the tenant, ignoring case: another organization of that name answers 409.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Organization.class),
                            examples = @ExampleObject(name = "organization", value = Examples.ORGANIZATION)))
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OrganizationView.class)))
    public Response create(@NotNull @Valid Organization body) throws OrganizationExistsException {
        OrganizationView created = organizations.create(Caller.of(identity), body);
        return Response.created(URI.create("/api/v1/organizations/" + created.id()))
                .tag(AssessmentResource.etag(created.version()))
                .entity(created)
                .build();
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "listOrganizations", summary = "List organizations by name")
    public OrganizationPage list(
            @Parameter(description = "Only names that begin with this, ignoring case", example = "Acme")
                    @QueryParam("name")
                    String name,
            @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
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
        String nameProblem = name == null ? null : TextValidator.problem(name, Organization.NAME_MAX, false);
        if (nameProblem != null) {
            errors.add(new FieldError("name", nameProblem));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return organizations.list(Caller.of(identity), name, paging.page(), paging.size());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getOrganization", summary = "Get an organization")
    @APIResponse(
            responseCode = "200",
            description = "The organization; its ETag is its version",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OrganizationView.class)))
    public Response get(@PathParam("id") UUID id) throws OrganizationNotFoundException {
        OrganizationView organization = organizations.get(Caller.of(identity), id);
        return Response.ok(organization)
                .tag(AssessmentResource.etag(organization.version()))
                .build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(
            operationId = "changeOrganization",
            summary = "Rename an organization, or change its industry or size",
            description =
                    "A new name is also written into its assessments; another organization of that name answers 409.")
    @Parameter(
            name = AssessmentResource.IF_MATCH,
            in = ParameterIn.HEADER,
            description = AssessmentResource.IF_MATCH_DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING, maxLength = 100))
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OrganizationChange.class),
                            examples =
                                    @ExampleObject(name = "rename and targets", value = Examples.ORGANIZATION_CHANGE)))
    @APIResponse(
            responseCode = "200",
            description = "The changed organization",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(responseCode = "503", ref = ProblemResponses.BUSY)
    public Response change(
            @PathParam("id") UUID id, @NotNull @Valid OrganizationChange body, @Context HttpHeaders headers)
            throws OrganizationNotFoundException, OrganizationExistsException, VersionMismatchException {
        OrganizationView changed =
                organizations.change(Caller.of(identity), id, body, AssessmentResource.precondition(headers));
        return Response.ok(changed)
                .tag(AssessmentResource.etag(changed.version()))
                .build();
    }

    @DELETE
    // No content: a client that accepts problem details alone, as generated clients ask here, is answered.
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            operationId = "deleteOrganization",
            summary = "Delete an organization that holds no assessment",
            description = "An organization that still holds assessments answers 409 and is kept, with them: delete its"
                    + " assessments first. Nothing is deleted along with an organization.")
    @Parameter(
            name = AssessmentResource.IF_MATCH,
            in = ParameterIn.HEADER,
            description = AssessmentResource.IF_MATCH_DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING, maxLength = 100))
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "503", ref = ProblemResponses.BUSY)
    public Response delete(@PathParam("id") UUID id, @Context HttpHeaders headers)
            throws OrganizationNotFoundException, OrganizationInUseException, VersionMismatchException {
        organizations.delete(Caller.of(identity), id, AssessmentResource.precondition(headers));
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/assessments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(
            operationId = "reassessOrganization",
            summary = "Start a new assessment of the organization",
            description = "With {\"from\": \"latest\"} the draft starts with the answers of the organization's latest"
                    + " submitted assessment, moved to the current questionnaire version (the unmapped ones listed):"
                    + " a quarterly review starts from last quarter's answers. Without it the draft is empty.")
    @RequestBody(
            required = false,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReassessmentRequest.class),
                            examples = @ExampleObject(name = "from the latest", value = Examples.REASSESSMENT)))
    @APIResponse(
            responseCode = "201",
            description = "The new draft, and what it took from the assessment it starts from",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Reassessment.class)))
    @APIResponse(responseCode = "422", ref = ProblemResponses.UNPROCESSABLE)
    public Response reassess(@PathParam("id") UUID id, @Valid ReassessmentRequest body)
            throws OrganizationNotFoundException, NothingToStartFromException, NoMigrationException {
        Reassessment reassessment =
                history.reassess(Caller.of(identity), id, body != null && "latest".equals(body.from()));
        return Response.created(URI.create(
                        "/api/v1/assessments/" + reassessment.assessment().id()))
                .tag(AssessmentResource.etag(reassessment.assessment().version()))
                .entity(reassessment)
                .build();
    }

    @GET
    @Path("/{id}/trend")
    @RolesAllowed(Roles.VIEWER)
    @Operation(
            operationId = "getOrganizationTrend",
            summary = "The organization's submitted assessments in time order, each change explained",
            description = "The latest `size` submitted assessments (20 by default, at most 100), oldest first, and"
                    + " between each two the change of the index split, to the cent, between the change of"
                    + " questionnaire version and each changed answer (see docs/methodology.md).")
    public Trend trend(
            @PathParam("id") UUID id,
            @Parameter(
                            description = "How many of the latest submitted assessments, 1 to "
                                    + OrganizationHistory.MAX_POINTS,
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "100",
                                            defaultValue = "20"))
                    @QueryParam("size")
                    String size)
            throws InvalidInputException, OrganizationNotFoundException {
        List<FieldError> errors = new ArrayList<>();
        Paging paging = Paging.parse(null, size, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return history.trend(Caller.of(identity), id, paging.size());
    }
}
