package io.airisk.access.service;

import io.airisk.access.KeyRole;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new API key with its secret, shown this once. */
@Schema(
        description = "A new API key; key is its secret, shown this once and never again",
        requiredProperties = {"id", "name", "role", "prefix", "createdAt", "key"})
public record CreatedApiKey(
        UUID id,
        @Schema(maxLength = 100) String name,
        KeyRole role,
        @Schema(maxLength = 16, example = "ark_Q2xpZW50") String prefix,
        Instant createdAt,

        @Schema(
                description =
                        "The secret: send it as Authorization: Bearer <key>. Store it now: it cannot be shown again.",
                example = "ark_Q2xpZW50U2VjcmV0S2V5RXhhbXBsZTEy",
                maxLength = 256)
        String key) {}
