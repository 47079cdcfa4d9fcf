package io.airisk.portfolio.rest;

import io.airisk.access.Caller;
import io.airisk.access.Roles;
import io.airisk.assessment.service.AssessmentNotFoundException;
import io.airisk.assessment.service.AssessmentNotSubmittedException;
import io.airisk.common.error.InvalidInputException;
import io.airisk.portfolio.service.PeerScope;
import io.airisk.portfolio.service.PeerView;
import io.airisk.portfolio.service.Peers;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One assessment among its peers: its path is that of the assessments, as the reports' is. */
@Path("/api/v1/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Portfolio")
public class PeerResource {

    private final Peers peers;
    private final SecurityIdentity identity;

    public PeerResource(Peers peers, SecurityIdentity identity) {
        this.peers = peers;
        this.identity = identity;
    }

    @GET
    @Path("/{id}/peers")
    @RolesAllowed({Roles.VIEWER, Roles.SHARE})
    @Operation(
            operationId = "getAssessmentPeers",
            summary = "Where a submitted assessment stands among its peers, in percentiles",
            description = "The percentile of the index and of each dimension among the latest submitted assessments"
                    + " of the other organizations of the same industry and size (compared trimmed and ignoring"
                    + " case): the share of them below, ties counting half. Within the tenant (scope=tenant, the"
                    + " default) the group must hold at least 10 other organizations; across tenants (scope=shared,"
                    + " for a tenant that takes part, PATCH /api/v1/tenant) at least 10 organizations of at least 3"
                    + " tenants that take part. Below that, available is false with the reason; nothing but"
                    + " percentiles and the group's size is ever shown.")
    @APIResponse(
            responseCode = "200",
            description = "The percentiles, or why they are not shown",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PeerView.class)))
    public PeerView peers(
            @Parameter(description = "The assessment's id") @PathParam("id") UUID id,
            @Parameter(
                            description = "tenant (the default) or shared",
                            schema =
                                    @Schema(
                                            enumeration = {"tenant", "shared"},
                                            defaultValue = "tenant"))
                    @QueryParam("scope")
                    String scope)
            throws InvalidInputException, AssessmentNotFoundException, AssessmentNotSubmittedException {
        PeerScope peerScope =
                scope == null ? PeerScope.TENANT : PeerScope.named(scope).orElse(null);
        if (peerScope == null) {
            throw new InvalidInputException("scope", "must be tenant or shared");
        }
        return peers.of(Caller.of(identity), id, peerScope);
    }
}
