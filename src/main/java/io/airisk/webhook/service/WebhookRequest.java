package io.airisk.webhook.service;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An endpoint to register: where to send, and which events. */
@Schema(
        name = "WebhookRequest",
        requiredProperties = {"url", "events"})
public record WebhookRequest(
        @Schema(
                description = "An http or https URL whose host resolves to public addresses only (unless"
                        + " AIRISK_WEBHOOKS_ALLOW_HOSTS names it); no credentials or fragment",
                maxLength = WebhookRequest.URL_MAX,
                example = "https://hooks.example.com/airisk")
        @NotNull
        @Size(max = URL_MAX)
        String url,

        @Schema(
                description = "The events to send: assessment.created, assessment.submitted, assessment.deleted,"
                        + " assessment.approved, respondent.finished",
                minItems = 1,
                maxItems = 5,
                example = "[\"assessment.submitted\"]")
        @NotNull
        @Size(min = 1, max = 5)
        List<@NotNull @Size(max = 40) String> events) {

    public static final int URL_MAX = 2000;
}
