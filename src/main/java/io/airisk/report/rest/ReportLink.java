package io.airisk.report.rest;

import io.airisk.access.rest.ApiKeyAuthentication;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The address of a report, a chart or a badge: the assessment, and the share token a link may
 * carry (read by ApiKeyAuthentication; named here so that the OpenAPI document shows it).
 */
public class ReportLink {

    @PathParam("id")
    @Parameter(description = "The assessment's id")
    public UUID id;

    @QueryParam(ApiKeyAuthentication.TOKEN_PARAMETER)
    @Parameter(
            description = "A share token (ars_...), for a link that cannot send a header;"
                    + " no other credential is read from an address",
            schema = @Schema(type = SchemaType.STRING, maxLength = 100))
    public String token;
}
