package io.airisk.access.service;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A tenant: a consultancy or a company, owner of assessments and keys. */
@Schema(
        description = "A tenant: a consultancy or a company",
        requiredProperties = {"id", "name", "peerBenchmarks", "reviewRequired", "createdAt"})
public record TenantView(
        UUID id,

        @Schema(maxLength = 200, example = "Northwind Consulting")
        String name,

        @Schema(description = "Whether the tenant takes part in peer benchmarks across tenants (PATCH /api/v1/tenant)")
        boolean peerBenchmarks,

        @Schema(description = "Whether a submitted assessment waits for a second EDITOR or ADMIN to approve it")
        boolean reviewRequired,

        Instant createdAt) {}
