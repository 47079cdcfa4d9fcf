package io.airisk.idempotency;

/** The key was used before for another request. */
public final class IdempotencyKeyReusedException extends RuntimeException {

    IdempotencyKeyReusedException() {
        super(
                "This Idempotency-Key was used for a different request; use a new key for a new request",
                null,
                false,
                false);
    }
}
