package io.airisk.webhook.service;

import java.util.UUID;

/** No endpoint of the caller's tenant has this id. */
public final class WebhookNotFoundException extends RuntimeException {

    public WebhookNotFoundException(UUID id) {
        super("No webhook " + id);
    }
}
