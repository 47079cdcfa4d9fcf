package io.airisk.access.rest;

import io.airisk.access.Caller;
import io.airisk.access.Roles;
import io.airisk.access.service.AuditPage;
import io.airisk.access.service.AuditTrail;
import io.airisk.common.error.FieldError;
import io.airisk.common.error.InvalidInputException;
import io.airisk.common.http.Paging;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The tenant's audit trail, for its ADMIN keys. */
@Path("/api/v1/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Audit", description = "Who created, changed, submitted or deleted what, and when")
public class AuditResource {

    private final AuditTrail trail;
    private final SecurityIdentity identity;

    public AuditResource(AuditTrail trail, SecurityIdentity identity) {
        this.trail = trail;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listAuditEvents", summary = "The audit trail, newest first")
    @APIResponse(
            responseCode = "200",
            description = "One page of events",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AuditPage.class)))
    public AuditPage list(
            @Parameter(
                            description = "Page number, from 0",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "0",
                                            defaultValue = "0",
                                            format = "int32"))
                    @QueryParam("page")
                    String page,
            @Parameter(
                            description = "Page size, 1 to " + Paging.MAX_SIZE,
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "100",
                                            defaultValue = "20",
                                            format = "int32"))
                    @QueryParam("size")
                    String size)
            throws InvalidInputException {
        List<FieldError> errors = new ArrayList<>();
        Paging paging = Paging.parse(page, size, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return trail.page(Caller.of(identity), paging.page(), paging.size());
    }
}
