package io.airisk.access.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.airisk.access.Caller;
import io.airisk.access.Roles;
import io.airisk.access.TokenKind;
import io.airisk.access.repository.AccessTokenEntity;
import io.airisk.access.repository.AccessTokenRepository;
import io.airisk.access.repository.ApiKeyEntity;
import io.airisk.access.repository.ApiKeyRepository;
import io.airisk.common.ClockProducer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Verifies keys and tokens by the SHA-256 of their secret. What the database answered, found or
 * not, is remembered for {@link AccessConfig#credentialCache()} (half a second by default), so a
 * client's steady requests cost one indexed read per instance every so often, and a revocation made
 * on another instance takes effect here within that time. A revocation made here forgets at once.
 * The cache tidies itself on the requesting thread, which spares every request a hand-off to the
 * common pool.
 */
@ApplicationScoped
public class Credentials {

    private final ApiKeyRepository keys;
    private final AccessTokenRepository tokens;
    private final Cache<String, Optional<Credential>> verified;

    /**
     * Hashes of credentials the database knew lately (for ten minutes after their last
     * verification): asking again about one of those is not guessing, and is never slowed by the
     * limit on unknown keys of the address it comes from.
     */
    private final Cache<String, Boolean> knownValid;

    public Credentials(ApiKeyRepository keys, AccessTokenRepository tokens, AccessConfig config, Clock clock) {
        this.keys = keys;
        this.tokens = tokens;
        this.verified = Caffeine.newBuilder()
                .ticker(() -> ClockProducer.nanos(clock))
                .expireAfterWrite(config.credentialCache())
                .maximumSize(10_000)
                .executor(Runnable::run)
                .build();
        this.knownValid = Caffeine.newBuilder()
                .ticker(() -> ClockProducer.nanos(clock))
                .expireAfterWrite(Duration.ofMinutes(10))
                .maximumSize(10_000)
                .executor(Runnable::run)
                .build();
    }

    /**
     * What is remembered about the secret with that hash: {@code null} when nothing is, and then
     * {@link #verify} must ask the database.
     */
    public Optional<Credential> remembered(String hash) {
        return verified.getIfPresent(hash);
    }

    /**
     * Whether the database knew the credential with that hash at its last lookup here, lately: a
     * client that uses a valid key asks about it again every {@link AccessConfig#credentialCache()}.
     */
    public boolean knownValid(String hash) {
        return knownValid.getIfPresent(hash) != null;
    }

    /** The credential with that hash, from the database (a blocking read) unless remembered. */
    public Optional<Credential> verify(String secret, String hash) {
        return verified.get(hash, ignored -> {
            Optional<Credential> found = load(secret, hash);
            if (found.isPresent()) {
                knownValid.put(hash, Boolean.TRUE);
            } else {
                knownValid.invalidate(hash);
            }
            return found;
        });
    }

    /**
     * Forgets every verified credential once a revocation has committed, so that it applies here at
     * once: forgotten earlier, a request in between could remember the credential as it was before.
     */
    void forgetAll(@Observes(during = TransactionPhase.AFTER_SUCCESS) AuditRecorded entry) {
        if (entry.action().revokes()) {
            verified.invalidateAll();
        }
    }

    private Optional<Credential> load(String secret, String hash) {
        TokenKind kind = TokenKind.of(secret);
        if (kind == null) {
            return keys.findActive(hash).map(Credentials::credential);
        }
        return tokens.findActive(hash).filter(token -> token.kind == kind).map(Credentials::credential);
    }

    private static Credential credential(ApiKeyEntity key) {
        Set<String> roles = new HashSet<>(key.role.grants());
        if (key.operator) {
            roles.add(Roles.OPERATOR);
        }
        return new Credential(
                new Caller(key.tenantId, key.id, "key " + key.prefix, null, null, null), Set.copyOf(roles), null);
    }

    private static Credential credential(AccessTokenEntity token) {
        String actor = token.kind.actor(token.prefix);
        return new Credential(
                new Caller(token.tenantId, token.id, actor, token.kind, token.assessmentId, token.respondentRole),
                Set.of(token.kind.role()),
                token.expiresAt);
    }
}
