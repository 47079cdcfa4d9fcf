package io.airisk.access.service;

import io.airisk.common.text.Text;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A tenant's name, to create or rename it. */
@Schema(description = "A tenant's name", requiredProperties = "name")
public record TenantRequest(
        @Schema(minLength = 1, maxLength = NAME_MAX, example = "Northwind Consulting") @NotNull @Text(max = NAME_MAX)
        String name) {

    public static final int NAME_MAX = 200;
}
