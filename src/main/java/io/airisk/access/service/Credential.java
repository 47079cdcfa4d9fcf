package io.airisk.access.service;

import io.airisk.access.Caller;
import java.time.Instant;
import java.util.Set;

/**
 * A verified key or token: who calls, with which roles, until when.
 *
 * @param expiresAt when a token stops working; {@code null} for a key, which works until revoked
 */
public record Credential(Caller caller, Set<String> roles, Instant expiresAt) {

    public boolean expired(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }
}
