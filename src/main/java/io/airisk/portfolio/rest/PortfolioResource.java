package io.airisk.portfolio.rest;

import io.airisk.access.Caller;
import io.airisk.access.Roles;
import io.airisk.common.error.InvalidInputException;
import io.airisk.portfolio.service.PortfolioView;
import io.airisk.portfolio.service.Portfolios;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A tenant's organizations taken together. */
@Path("/api/v1/portfolio")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Portfolio", description = "The tenant's organizations taken together, and peer benchmarks")
public class PortfolioResource {

    private final Portfolios portfolios;
    private final SecurityIdentity identity;

    public PortfolioResource(Portfolios portfolios, SecurityIdentity identity) {
        this.portfolios = portfolios;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(
            operationId = "getPortfolio",
            summary = "The tenant's portfolio: its organizations, each by its latest submitted assessment",
            description = "How many organizations have a submitted assessment and how many they submitted in all; how"
                    + " many are in each band; the spread (mean, quartiles, lowest and highest) of the index and of"
                    + " each dimension; the recommendations fired most often, with the reduction they add up to; and"
                    + " the organizations whose index rose since their previous assessment. The filters select"
                    + " organizations by their current industry and size, and by the day their latest assessment"
                    + " was submitted. Reads one row per organization, however many assessments each holds."
                    + " GET /api/v1/portfolio/report shows it as a printable page.")
    @APIResponse(
            responseCode = "200",
            description = "The portfolio",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PortfolioView.class)))
    public PortfolioView portfolio(@BeanParam PortfolioQuery query) throws InvalidInputException {
        return portfolios.portfolio(Caller.of(identity), query.filters());
    }
}
