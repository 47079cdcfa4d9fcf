package io.airisk.access.service;

import io.airisk.access.TokenKind;
import io.airisk.engine.Respondent;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A respondent or share token as lists show it: never its secret. */
@Schema(
        description = "A token of one assessment, without its secret",
        requiredProperties = {"id", "assessmentId", "kind", "prefix", "createdBy", "createdAt", "expiresAt"})
public record TokenView(
        UUID id,
        UUID assessmentId,
        TokenKind kind,
        @Schema(maxLength = 100) String name,
        @Schema(maxLength = 16, example = "art_V2lkZ2V0") String prefix,

        @Schema(description = "The role a respondent token answers for; absent when it answers any question")
        Respondent role,

        @Schema(maxLength = 254, description = "Whom the token was sent to")
        String email,

        @Schema(description = "The key that minted it, by its prefix", maxLength = 64, example = "key ark_Q2xpZW50")
        String createdBy,

        Instant createdAt,
        Instant expiresAt) {}
