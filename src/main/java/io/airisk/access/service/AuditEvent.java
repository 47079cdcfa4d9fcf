package io.airisk.access.service;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of the audit trail, as the API shows it. */
@Schema(
        description = "Who did what to which resource, and when; the actor is a key's or token's public prefix",
        requiredProperties = {"id", "occurredAt", "actor", "action", "targetType", "targetId"})
public record AuditEvent(
        UUID id,
        Instant occurredAt,

        @Schema(
                description = "The key or token that acted, by its public prefix (or system)",
                example = "key ark_Q2xpZW50",
                maxLength = 64)
        String actor,

        AuditAction action,

        @Schema(
                description = "assessment, key, respondent-token, share-token or tenant",
                example = "assessment",
                maxLength = 32)
        String targetType,

        UUID targetId) {}
