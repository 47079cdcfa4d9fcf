package io.airisk.webhook.service;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A registered endpoint; its secret only when it is created or rotated, never again.
 *
 * @param secret the signing secret, shown once
 * @param previousSecretValidUntil after a rotation, until when deliveries are signed with the old secret too
 */
@Schema(
        name = "Webhook",
        requiredProperties = {"id", "url", "events", "createdAt"})
public record WebhookView(
        UUID id,
        @Schema(maxLength = WebhookRequest.URL_MAX) String url,

        @Schema(description = "The events it is sent", maxItems = 5)
        List<@Size(max = 40) String> events,

        Instant createdAt,

        @Schema(
                description = "The signing secret (whsec_ and a base64 key), in the answer to its creation or"
                        + " rotation only: keep it, it is not shown again",
                maxLength = 100)
        String secret,

        @Schema(description = "After a rotation: until when deliveries carry a signature by the previous secret too")
        Instant previousSecretValidUntil) {}
