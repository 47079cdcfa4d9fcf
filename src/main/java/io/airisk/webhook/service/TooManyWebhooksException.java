package io.airisk.webhook.service;

/** The tenant has as many endpoints as it may. */
public final class TooManyWebhooksException extends RuntimeException {

    public TooManyWebhooksException(int max) {
        super("A tenant may register " + max + " webhooks; delete one first");
    }
}
