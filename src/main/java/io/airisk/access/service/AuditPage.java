package io.airisk.access.service;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the audit trail, newest first; {@code hasMore} instead of a total, which would count the whole trail. */
@Schema(
        description = "One page of the audit trail, newest first",
        requiredProperties = {"items", "page", "size", "hasMore"})
public record AuditPage(
        @Schema(maxItems = 100) List<AuditEvent> items,

        @Schema(description = "Page number, from 0", minimum = "0", maximum = "2147483647")
        int page,

        @Schema(description = "Page size", minimum = "1", maximum = "100")
        int size,

        @Schema(description = "Whether a further page holds older events")
        boolean hasMore) {}
