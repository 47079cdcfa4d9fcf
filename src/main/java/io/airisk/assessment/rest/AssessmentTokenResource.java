package io.airisk.assessment.rest;

import io.airisk.access.Caller;
import io.airisk.access.Roles;
import io.airisk.access.TokenKind;
import io.airisk.access.service.AccessConflictException;
import io.airisk.access.service.CreatedToken;
import io.airisk.access.service.TokenNotFoundException;
import io.airisk.access.service.TokenRequest;
import io.airisk.access.service.TokenView;
import io.airisk.assessment.service.AssessmentNotFoundException;
import io.airisk.assessment.service.AssessmentNotSubmittedException;
import io.airisk.assessment.service.AssessmentReadOnlyException;
import io.airisk.assessment.service.AssessmentTokens;
import io.airisk.common.error.InvalidInputException;
import io.airisk.common.error.Problem;
import io.airisk.common.http.Locations;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Tokens scoped to one assessment: respondent tokens, which let a portal's respondent read,
 * answer and submit one draft without a key, and share tokens, which let a client's board read
 * one submitted result. Its path is that of {@link AssessmentResource}: a class path that named the
 * assessment would match {@code /api/v1/assessments/{id}} first, and every request for an
 * assessment would be routed here, then routed again.
 */
@Path("/api/v1/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tokens", description = "Respondent and share tokens, each scoped to one assessment")
public class AssessmentTokenResource {

    private final AssessmentTokens tokens;
    private final SecurityIdentity identity;

    public AssessmentTokenResource(AssessmentTokens tokens, SecurityIdentity identity) {
        this.tokens = tokens;
        this.identity = identity;
    }

    @POST
    @Path("/{id}/respondent-tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(
            operationId = "createRespondentToken",
            summary = "Mint a respondent token for a draft",
            description = "The token may read the questionnaires and this assessment, answer and submit it, and"
                    + " nothing else. Its secret is in the answer, this once. The body is optional.")
    @RequestBody(
            required = false,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = TokenRequest.class),
                            examples =
                                    @ExampleObject(
                                            name = "chief financial officer",
                                            value = Examples.RESPONDENT_TOKEN)))
    @APIResponse(
            responseCode = "201",
            description = "Created; token is the secret",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CreatedToken.class)))
    public Response createRespondentToken(@PathParam("id") UUID id, @Valid TokenRequest body, @Context UriInfo uri)
            throws AssessmentNotFoundException, AssessmentReadOnlyException, InvalidInputException,
                    AccessConflictException {
        return mint(id, TokenKind.RESPONDENT, body, uri);
    }

    @GET
    @Path("/{id}/respondent-tokens")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "listRespondentTokens", summary = "The draft's active respondent tokens, without secrets")
    @APIResponse(
            responseCode = "200",
            description = "Active tokens, oldest first",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = TokenView.class, maxItems = 50)))
    public List<TokenView> listRespondentTokens(@PathParam("id") UUID id) throws AssessmentNotFoundException {
        return tokens.list(Caller.of(identity), id, TokenKind.RESPONDENT);
    }

    @DELETE
    // No content: a client that accepts problem details alone, as generated clients ask here, is answered.
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Path("/{id}/respondent-tokens/{tokenId}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(
            operationId = "revokeRespondentToken",
            summary = "Revoke a respondent token",
            description = "Refused at once on this instance, within a second on every other.")
    @APIResponse(responseCode = "204", description = "Revoked")
    public Response revokeRespondentToken(
            @PathParam("id") UUID id, @Parameter(description = "The token's id") @PathParam("tokenId") UUID tokenId)
            throws AssessmentNotFoundException, TokenNotFoundException {
        tokens.revoke(Caller.of(identity), id, TokenKind.RESPONDENT, tokenId);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/share-tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(
            operationId = "createShareToken",
            summary = "Mint a read-only share token for a submitted assessment",
            description = "The token may read this assessment and its result, and nothing else. Its secret is in the"
                    + " answer, this once. The body is optional.")
    @RequestBody(
            required = false,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = TokenRequest.class),
                            examples = @ExampleObject(name = "board", value = Examples.SHARE_TOKEN)))
    @APIResponse(
            responseCode = "201",
            description = "Created; token is the secret",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CreatedToken.class)))
    public Response createShareToken(@PathParam("id") UUID id, @Valid TokenRequest body, @Context UriInfo uri)
            throws AssessmentNotFoundException, AssessmentNotSubmittedException, InvalidInputException,
                    AccessConflictException {
        return mint(id, TokenKind.SHARE, body, uri);
    }

    @GET
    @Path("/{id}/share-tokens")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "listShareTokens", summary = "The assessment's active share tokens, without secrets")
    @APIResponse(
            responseCode = "200",
            description = "Active tokens, oldest first",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = TokenView.class, maxItems = 50)))
    public List<TokenView> listShareTokens(@PathParam("id") UUID id) throws AssessmentNotFoundException {
        return tokens.list(Caller.of(identity), id, TokenKind.SHARE);
    }

    @DELETE
    // No content: a client that accepts problem details alone, as generated clients ask here, is answered.
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Path("/{id}/share-tokens/{tokenId}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(
            operationId = "revokeShareToken",
            summary = "Revoke a share token",
            description = "Refused at once on this instance, within a second on every other.")
    @APIResponse(responseCode = "204", description = "Revoked")
    public Response revokeShareToken(
            @PathParam("id") UUID id, @Parameter(description = "The token's id") @PathParam("tokenId") UUID tokenId)
            throws AssessmentNotFoundException, TokenNotFoundException {
        tokens.revoke(Caller.of(identity), id, TokenKind.SHARE, tokenId);
        return Response.noContent().build();
    }

    private Response mint(UUID id, TokenKind kind, TokenRequest body, UriInfo uri) {
        CreatedToken created = tokens.mint(Caller.of(identity), id, kind, body == null ? TokenRequest.DEFAULT : body);
        return Locations.created(uri, created.id()).entity(created).build();
    }
}
