package io.airisk.idempotency;

/** A request with the same key is still running: a retry shortly will get its response. */
public final class IdempotencyKeyInUseException extends RuntimeException {

    IdempotencyKeyInUseException() {
        super("A request with this Idempotency-Key is still in progress; retry shortly", null, false, false);
    }
}
