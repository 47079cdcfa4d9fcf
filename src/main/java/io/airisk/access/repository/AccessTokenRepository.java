package io.airisk.access.repository;

import io.airisk.access.TokenKind;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AccessTokenRepository implements PanacheRepositoryBase<AccessTokenEntity, UUID> {

    /** The token with that hash, unless revoked (through the unique index on the hash); a
     * transaction of its own when the caller has none, as a credential is checked before any. */
    @Transactional
    public Optional<AccessTokenEntity> findActive(String tokenHash) {
        return find("tokenHash = ?1 and revokedAt is null", tokenHash).firstResultOptional();
    }

    /** An assessment's tokens of one kind that are neither revoked nor expired, oldest first. */
    public List<AccessTokenEntity> listActive(UUID assessmentId, TokenKind kind, Instant now, int limit) {
        return find(
                        "assessmentId = ?1 and kind = ?2 and revokedAt is null and expiresAt > ?3",
                        Sort.by("createdAt").and("id"),
                        assessmentId,
                        kind,
                        now)
                .range(0, limit - 1)
                .list();
    }

    public long countActive(UUID assessmentId, TokenKind kind, Instant now) {
        return count(
                "assessmentId = ?1 and kind = ?2 and revokedAt is null and expiresAt > ?3", assessmentId, kind, now);
    }
}
