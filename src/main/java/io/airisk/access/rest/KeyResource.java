package io.airisk.access.rest;

import io.airisk.access.Caller;
import io.airisk.access.Roles;
import io.airisk.access.service.AccessConflictException;
import io.airisk.access.service.ApiKeyView;
import io.airisk.access.service.ApiKeys;
import io.airisk.access.service.CreateKeyRequest;
import io.airisk.access.service.CreatedApiKey;
import io.airisk.access.service.KeyNotFoundException;
import io.airisk.common.error.Problem;
import io.airisk.common.http.Locations;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

/** A tenant's API keys, managed by its ADMIN keys. */
@Path("/api/v1/keys")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Keys", description = "The tenant's API keys: create (the secret is shown once), list, revoke")
public class KeyResource {

    private final ApiKeys keys;
    private final SecurityIdentity identity;

    public KeyResource(ApiKeys keys, SecurityIdentity identity) {
        this.keys = keys;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createKey",
            summary = "Create an API key",
            description =
                    "The answer holds the key's secret, this once: store it. The database keeps only its SHA-256.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CreateKeyRequest.class),
                            examples = @ExampleObject(name = "viewer", value = Examples.KEY)))
    @APIResponse(
            responseCode = "201",
            description = "Created; key is the secret",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CreatedApiKey.class)))
    public Response create(@Valid @NotNull CreateKeyRequest body, @Context UriInfo uri) throws AccessConflictException {
        CreatedApiKey created = keys.create(Caller.of(identity), body);
        return Locations.created(uri, created.id()).entity(created).build();
    }

    @GET
    @Operation(
            operationId = "listKeys",
            summary = "List the active keys, without their secrets",
            description = "Oldest first; at most " + ApiKeys.MAX_ACTIVE + ".")
    @APIResponse(
            responseCode = "200",
            description = "The tenant's active keys",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema =
                                    @Schema(
                                            type = SchemaType.ARRAY,
                                            implementation = ApiKeyView.class,
                                            maxItems = ApiKeys.MAX_ACTIVE)))
    public List<ApiKeyView> list() {
        return keys.list(Caller.of(identity));
    }

    @DELETE
    // No content: a client that accepts problem details alone, as generated clients ask here, is answered.
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Path("/{id}")
    @Operation(
            operationId = "revokeKey",
            summary = "Revoke a key",
            description =
                    "Refused at once on this instance and within a second on every other. The tenant's last ADMIN key cannot be revoked (409).")
    @APIResponse(responseCode = "204", description = "Revoked")
    public Response revoke(@Parameter(description = "The key's id") @PathParam("id") UUID id)
            throws KeyNotFoundException, AccessConflictException {
        keys.revoke(Caller.of(identity), id);
        return Response.noContent().build();
    }
}
