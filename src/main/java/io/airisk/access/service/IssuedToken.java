package io.airisk.access.service;

import io.airisk.access.TokenKind;
import io.airisk.engine.Respondent;
import java.time.Instant;
import java.util.UUID;

/**
 * A token of an assessment as the features that show who answered read it: never its secret, and
 * revoked or expired tokens included, since their answers still count.
 */
public record IssuedToken(
        UUID id, TokenKind kind, Respondent role, String name, String email, Instant expiresAt, Instant revokedAt) {

    /** Whether it no longer works, at that instant. */
    public boolean endedAt(Instant now) {
        return revokedAt != null || !expiresAt.isAfter(now);
    }
}
