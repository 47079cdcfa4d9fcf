package io.airisk.access.service;

import io.airisk.access.TokenKind;
import io.airisk.engine.Respondent;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new respondent or share token with its secret, shown this once. */
@Schema(
        description = "A new token; token is its secret, shown this once and never again",
        requiredProperties = {"id", "assessmentId", "kind", "prefix", "createdAt", "expiresAt", "token"})
public record CreatedToken(
        UUID id,
        UUID assessmentId,
        TokenKind kind,
        @Schema(maxLength = 100) String name,
        @Schema(maxLength = 16, example = "art_V2lkZ2V0") String prefix,

        @Schema(description = "The role a respondent token answers for; absent when it answers any question")
        Respondent role,

        @Schema(maxLength = 254, description = "Whom the token was sent to")
        String email,

        Instant createdAt,
        Instant expiresAt,

        @Schema(
                description = "The secret: send it as Authorization: Bearer <token>. It reaches this assessment only.",
                example = "art_V2lkZ2V0VG9rZW5FeGFtcGxlU2VjcmV0MTIz",
                maxLength = 64)
        String token) {}
