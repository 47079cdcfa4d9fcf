package io.airisk.access.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * The OpenAPI document's security schemes: the two ways to send a key or token, either of which
 * every API operation accepts; the health, metrics and OpenAPI endpoints need none.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class AccessSchemes implements OASFilter {

    /** A bearer token. */
    public static final String BEARER = "bearer";

    /** The X-API-Key header. */
    public static final String API_KEY = "apiKey";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getComponents()
                .addSecurityScheme(
                        BEARER,
                        OASFactory.createSecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .description(
                                        "An API key (ark_...), respondent token (art_...) or share token (ars_...)"))
                .addSecurityScheme(
                        API_KEY,
                        OASFactory.createSecurityScheme()
                                .type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER)
                                .name("X-API-Key")
                                .description("The same key or token, in a header of its own"));
        openAPI.setSecurity(List.of(
                OASFactory.createSecurityRequirement().addScheme(BEARER),
                OASFactory.createSecurityRequirement().addScheme(API_KEY)));
        openAPI.getPaths()
                .getPathItems()
                .forEach((path, item) ->
                        item.getOperations().values().forEach(operation -> operation.setSecurity(null)));
    }
}
