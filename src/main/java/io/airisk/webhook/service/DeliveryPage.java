package io.airisk.webhook.service;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of an endpoint's deliveries, newest first. */
@Schema(
        name = "WebhookDeliveryPage",
        requiredProperties = {"items", "page", "size", "total"})
public record DeliveryPage(@Schema(maxItems = 100) List<DeliveryView> items, int page, int size, long total) {}
