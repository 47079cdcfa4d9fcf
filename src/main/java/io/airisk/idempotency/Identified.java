package io.airisk.idempotency;

import java.util.UUID;

/** A response body about one resource: its stored responses are forgotten with it ({@link Idempotency#forget}). */
public interface Identified {

    UUID id();
}
