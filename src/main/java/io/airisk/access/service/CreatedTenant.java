package io.airisk.access.service;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new tenant with its first ADMIN key, whose secret is shown this once. */
@Schema(
        description = "A new tenant; adminKey is its first ADMIN key, shown this once and never again",
        requiredProperties = {"id", "name", "createdAt", "adminKey", "adminKeyPrefix"})
public record CreatedTenant(
        UUID id,

        @Schema(maxLength = 200, example = "Northwind Consulting")
        String name,

        Instant createdAt,

        @Schema(
                description = "The tenant's ADMIN key: hand it to the tenant. It cannot be shown again.",
                example = "ark_Q2xpZW50U2VjcmV0S2V5RXhhbXBsZTEy",
                maxLength = 256)
        String adminKey,

        @Schema(
                description = "The ADMIN key's public prefix, as key lists show it",
                maxLength = 16,
                example = "ark_Q2xpZW50")
        String adminKeyPrefix) {}
