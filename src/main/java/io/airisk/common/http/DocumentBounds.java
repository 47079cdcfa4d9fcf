package io.airisk.common.http;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * The bounds the service enforces, written into the OpenAPI document where the annotations cannot
 * say them once for all: a UUID is 36 characters, a timestamp at most 35; a path or query parameter
 * fits in the {@value HttpLimits#MAX_URI_LENGTH} characters of a request target, a header in the
 * {@value HttpLimits#MAX_HEADERS_SIZE} bytes of the headers; an integer parameter is a 32-bit one.
 * And the one server: wherever the document is served from, under TLS in production.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class DocumentBounds implements OASFilter {

    private static final BigDecimal MAX_INT = BigDecimal.valueOf(Integer.MAX_VALUE);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        var schemas = openAPI.getComponents().getSchemas();
        if (schemas.containsKey("UUID")) {
            schemas.get("UUID").minLength(36).maxLength(36);
        }
        if (schemas.containsKey("Instant")) {
            schemas.get("Instant").maxLength(35);
        }
        if (schemas.containsKey("LocalDate")) {
            schemas.get("LocalDate").minLength(10).maxLength(10);
        }
        openAPI.getPaths()
                .getPathItems()
                .forEach((path, item) -> item.getOperations().values().forEach(operation -> {
                    if (operation.getParameters() != null) {
                        operation.getParameters().forEach(DocumentBounds::bound);
                    }
                }));
        openAPI.setServers(List.of(OASFactory.createServer()
                .url("/")
                .description("This deployment: production, staging or local, wherever the document is served from;"
                        + " production serves it over HTTPS only, through its ingress")
                .addExtension("x-internal", false)));
    }

    private static void bound(Parameter parameter) {
        Schema schema = parameter.getSchema();
        if (schema == null || schema.getRef() != null || schema.getType() == null) {
            return;
        }
        if (schema.getType().contains(Schema.SchemaType.STRING)
                && schema.getMaxLength() == null
                && schema.getEnumeration() == null) {
            schema.maxLength(
                    parameter.getIn() == Parameter.In.HEADER ? HttpLimits.MAX_HEADERS_SIZE : HttpLimits.MAX_URI_LENGTH);
        }
        if (schema.getType().contains(Schema.SchemaType.INTEGER)) {
            if (schema.getFormat() == null) {
                schema.format("int32");
            }
            if (schema.getMaximum() == null) {
                schema.maximum(MAX_INT);
            }
        }
    }
}
