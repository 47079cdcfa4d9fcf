package io.airisk.webhook.service;

import io.airisk.webhook.repository.DeliveryStatus;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One event for one endpoint, and how its attempts went. */
@Schema(
        name = "WebhookDelivery",
        requiredProperties = {"id", "event", "status", "attempts", "createdAt"})
public record DeliveryView(
        @Schema(description = "The webhook-id header of every attempt")
        UUID id,

        @Schema(maxLength = 40, example = "assessment.submitted")
        String event,

        DeliveryStatus status,

        @Schema(description = "Attempts made so far", minimum = "0", maximum = "2147483647")
        int attempts,

        Instant createdAt,

        @Schema(description = "When the next attempt is due; absent once delivered or failed")
        Instant nextAttemptAt,

        Instant lastAttemptAt,

        @Schema(
                description = "The HTTP status of the last answer; absent when there was none",
                minimum = "100",
                maximum = "599")
        Integer lastStatus,

        @Schema(description = "What went wrong at the last attempt", maxLength = 500)
        String lastError,

        Instant deliveredAt) {}
