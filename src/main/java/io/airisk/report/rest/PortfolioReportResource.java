package io.airisk.report.rest;

import io.airisk.access.Caller;
import io.airisk.access.Roles;
import io.airisk.access.service.Tenants;
import io.airisk.common.error.InvalidInputException;
import io.airisk.common.error.Problem;
import io.airisk.portfolio.rest.PortfolioQuery;
import io.airisk.portfolio.service.Portfolios;
import io.airisk.report.service.PortfolioPage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The portfolio as a printable page: the figures of GET /api/v1/portfolio, drawn. */
@Path("/api/v1/portfolio")
@Tag(name = "Portfolio")
public class PortfolioReportResource {

    @CheckedTemplate(basePath = "portfolio")
    static class Templates {
        static native TemplateInstance portfolio(PortfolioPage page);
    }

    private final Portfolios portfolios;
    private final Tenants tenants;
    private final SecurityIdentity identity;

    public PortfolioReportResource(Portfolios portfolios, Tenants tenants, SecurityIdentity identity) {
        this.portfolios = portfolios;
        this.tenants = tenants;
        this.identity = identity;
    }

    @GET
    @Path("/report")
    @Produces({MediaType.TEXT_HTML, Problem.MEDIA_TYPE})
    @RolesAllowed(Roles.VIEWER)
    @Operation(
            operationId = "getPortfolioReport",
            summary = "The tenant's portfolio as a printable page",
            description = "HTML for people and for printing: the counts, a bar of the bands, a box plot of the index"
                    + " and of each dimension with their figures in a table, the recommendations the organizations"
                    + " share and the organizations whose index rose. Takes the filters of GET /api/v1/portfolio.")
    @APIResponse(
            responseCode = "200",
            description = "The page: an HTML document in UTF-8",
            content =
                    @Content(
                            mediaType = MediaType.TEXT_HTML,
                            // Bytes, as the charts are: every generator reads them whole (Java's native client
                            // would parse a plain string as JSON and fail on the HTML).
                            schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 1_000_000)))
    public Response report(@BeanParam PortfolioQuery query) throws InvalidInputException {
        Caller caller = Caller.of(identity);
        PortfolioPage page =
                PortfolioPage.of(tenants.get(caller).name(), portfolios.portfolio(caller, query.filters()));
        return ReportResource.page(Templates.portfolio(page), MediaType.TEXT_HTML);
    }
}
