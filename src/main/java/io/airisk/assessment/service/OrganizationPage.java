package io.airisk.assessment.service;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of organizations, by name. */
@Schema(
        description = "One page of organizations, by name",
        requiredProperties = {"items", "page", "size", "total"})
public record OrganizationPage(
        @Schema(maxItems = 100) List<OrganizationView> items,

        @Schema(description = "Page number, from 0", minimum = "0", maximum = "2147483647")
        int page,

        @Schema(description = "Page size", minimum = "1", maximum = "100")
        int size,

        @Schema(
                description = "Number of organizations matching the filter",
                minimum = "0",
                maximum = "9223372036854775807")
        long total) {}
