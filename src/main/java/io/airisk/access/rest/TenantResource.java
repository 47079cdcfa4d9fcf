package io.airisk.access.rest;

import io.airisk.access.Caller;
import io.airisk.access.Roles;
import io.airisk.access.service.CreatedTenant;
import io.airisk.access.service.TenantChange;
import io.airisk.access.service.TenantRequest;
import io.airisk.access.service.TenantView;
import io.airisk.access.service.Tenants;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Tenants: created by the operator's bootstrap key; each tenant reads and renames itself. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tenants", description = "Tenants (a consultancy or a company) and the caller's own tenant")
public class TenantResource {

    private final Tenants tenants;
    private final SecurityIdentity identity;

    public TenantResource(Tenants tenants, SecurityIdentity identity) {
        this.tenants = tenants;
        this.identity = identity;
    }

    @POST
    @Path("/tenants")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(
            operationId = "createTenant",
            summary = "Create a tenant (bootstrap key only)",
            description = "Creates a tenant and its first ADMIN key, whose secret the answer holds this once.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = TenantRequest.class),
                            examples = @ExampleObject(name = "tenant", value = Examples.TENANT)))
    @APIResponse(
            responseCode = "201",
            description = "Created; adminKey is the new tenant's ADMIN key",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CreatedTenant.class)))
    public Response create(@Valid @NotNull TenantRequest body) {
        CreatedTenant created = tenants.create(Caller.of(identity), body);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Path("/tenant")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getTenant", summary = "The caller's tenant")
    @APIResponse(
            responseCode = "200",
            description = "The tenant",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = TenantView.class)))
    public TenantView get() {
        return tenants.get(Caller.of(identity));
    }

    @PATCH
    @Path("/tenant")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            operationId = "renameTenant",
            summary = "Rename the caller's tenant, or choose whether it takes part in peer benchmarks across tenants")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = TenantChange.class),
                            examples = @ExampleObject(name = "rename and take part", value = Examples.TENANT_CHANGE)))
    @APIResponse(
            responseCode = "200",
            description = "The renamed tenant",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = TenantView.class)))
    public TenantView rename(@Valid @NotNull TenantChange body) {
        return tenants.change(Caller.of(identity), body);
    }
}
