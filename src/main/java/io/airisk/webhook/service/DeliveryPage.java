package io.airisk.webhook.service;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of an endpoint's deliveries, newest first. */
@Schema(
        name = "WebhookDeliveryPage",
        requiredProperties = {"items", "page", "size", "total"})
public record DeliveryPage(
        @Schema(maxItems = 100) List<DeliveryView> items,

        @Schema(description = "Page number, from 0", minimum = "0", maximum = "2147483647")
        int page,

        @Schema(description = "Page size", minimum = "1", maximum = "100")
        int size,

        @Schema(description = "How many deliveries the log holds", minimum = "0", maximum = "9223372036854775807")
        long total) {}
