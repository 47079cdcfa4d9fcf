package io.airisk.webhook.repository;

/** Where a delivery stands. */
public enum DeliveryStatus {
    /** Not yet accepted by the endpoint: an attempt is due at its next attempt time. */
    PENDING,
    /** The endpoint answered 2xx. */
    DELIVERED,
    /** Every attempt of the schedule failed; none will follow. */
    FAILED
}
