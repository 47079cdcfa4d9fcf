package io.airisk.access.service;

import io.airisk.access.KeyRole;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An API key as lists show it: never its secret. */
@Schema(
        description = "An API key, without its secret",
        requiredProperties = {"id", "name", "role", "prefix", "createdAt"})
public record ApiKeyView(
        UUID id,

        @Schema(maxLength = 100, example = "Board report automation")
        String name,

        KeyRole role,

        @Schema(
                description = "The key's first characters, to tell keys apart",
                example = "ark_Q2xpZW50",
                maxLength = 16)
        String prefix,

        Instant createdAt) {}
