package io.airisk.access.service;

import io.airisk.access.Caller;
import io.airisk.access.Secrets;
import io.airisk.access.TokenKind;
import io.airisk.access.repository.AccessTokenEntity;
import io.airisk.access.repository.AccessTokenRepository;
import io.airisk.common.error.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Respondent and share tokens of one assessment: minted with a secret shown once, listed without
 * it, revoked at once. The caller has checked that the assessment is the caller's tenant's, and
 * locked it, in the same transaction.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class AccessTokens {

    /** Active tokens of one kind an assessment may have: plenty for a team of respondents, and a bounded list. */
    public static final int MAX_ACTIVE = 50;

    /**
     * Tokens with a role an assessment may ever have, revoked ones included: their answers are kept
     * and read whole with each change, so their number is bounded, and generously.
     */
    public static final int MAX_WITH_ROLE = 100;

    private final AccessTokenRepository tokens;
    private final AuditTrail audit;
    private final AccessConfig config;
    private final Clock clock;

    public AccessTokens(AccessTokenRepository tokens, AuditTrail audit, AccessConfig config, Clock clock) {
        this.tokens = tokens;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
    }

    public CreatedToken mint(Caller caller, UUID assessmentId, TokenKind kind, TokenRequest request)
            throws InvalidInputException, AccessConflictException {
        Instant now = now();
        Instant expiresAt = expiry(kind, request.expiresAt(), now);
        if (tokens.countActive(assessmentId, kind, now) >= MAX_ACTIVE) {
            throw new AccessConflictException(
                    "the assessment has " + MAX_ACTIVE + " active tokens of this kind: revoke one first");
        }
        if (kind != TokenKind.RESPONDENT && request.role() != null) {
            throw new InvalidInputException("role", "only a respondent token answers for a role");
        }
        if (request.role() != null
                && tokens.count("assessmentId = ?1 and respondentRole is not null", assessmentId) >= MAX_WITH_ROLE) {
            throw new AccessConflictException("the assessment has had " + MAX_WITH_ROLE
                    + " respondent tokens with a role, revoked ones included: start a new assessment");
        }
        String secret = Secrets.generate(kind.prefix());
        AccessTokenEntity token = new AccessTokenEntity();
        token.id = UUID.randomUUID();
        token.tenantId = caller.tenantId();
        token.assessmentId = assessmentId;
        token.kind = kind;
        token.name = request.name();
        token.respondentRole = request.role();
        token.email = request.email() == null || request.email().isBlank() ? null : request.email();
        token.prefix = Secrets.shown(secret);
        token.tokenHash = Secrets.hash(secret);
        token.createdBy = caller.actor();
        token.createdAt = now;
        token.expiresAt = expiresAt;
        tokens.persist(token);
        audit.record(caller, created(kind), token.id);
        return new CreatedToken(
                token.id,
                assessmentId,
                kind,
                token.name,
                token.prefix,
                token.respondentRole,
                token.email,
                token.createdAt,
                token.expiresAt,
                secret);
    }

    @Transactional(TxType.SUPPORTS)
    public List<TokenView> list(UUID assessmentId, TokenKind kind) {
        return tokens.listActive(assessmentId, kind, now(), MAX_ACTIVE).stream()
                .map(token -> new TokenView(
                        token.id,
                        token.assessmentId,
                        token.kind,
                        token.name,
                        token.prefix,
                        token.respondentRole,
                        token.email,
                        token.createdBy,
                        token.createdAt,
                        token.expiresAt))
                .toList();
    }

    /**
     * The assessment's respondent tokens with a role, revoked and expired ones included, by id: at
     * most {@link #MAX_WITH_ROLE}.
     */
    @Transactional(TxType.SUPPORTS)
    public Map<UUID, IssuedToken> withRole(UUID assessmentId) {
        Map<UUID, IssuedToken> issued = new LinkedHashMap<>();
        tokens.list("assessmentId = ?1 and respondentRole is not null order by createdAt, id", assessmentId)
                .forEach(token -> issued.put(
                        token.id,
                        new IssuedToken(
                                token.id,
                                token.kind,
                                token.respondentRole,
                                token.name,
                                token.email,
                                token.expiresAt,
                                token.revokedAt)));
        return issued;
    }

    /** The key that minted the assessment's token of that actor (kind and prefix), if a token is that actor. */
    @Transactional(TxType.SUPPORTS)
    public Optional<String> mintedBy(UUID assessmentId, String actor) {
        for (TokenKind kind : TokenKind.values()) {
            String prefix = kind.actor("");
            if (actor.startsWith(prefix)) {
                return tokens.find(
                                "assessmentId = ?1 and kind = ?2 and prefix = ?3",
                                assessmentId,
                                kind,
                                actor.substring(prefix.length()))
                        .firstResultOptional()
                        .map(token -> token.createdBy);
            }
        }
        return Optional.empty();
    }

    /**
     * Records that the respondent token has answered all it was to answer: {@code true} the first
     * time only, so that it is announced once.
     */
    @Transactional(TxType.MANDATORY)
    public boolean finished(UUID tokenId, Instant at) {
        return tokens.update("finishedAt = ?1 where id = ?2 and finishedAt is null", at, tokenId) == 1;
    }

    public void revoke(Caller caller, UUID assessmentId, TokenKind kind, UUID tokenId) throws TokenNotFoundException {
        AccessTokenEntity token = tokens.findByIdOptional(tokenId)
                .filter(found ->
                        found.assessmentId.equals(assessmentId) && found.kind == kind && found.revokedAt == null)
                .orElseThrow(TokenNotFoundException::new);
        token.revokedAt = now();
        audit.record(caller, revoked(kind), token.id);
    }

    private Instant expiry(TokenKind kind, Instant requested, Instant now) {
        AccessConfig.Tokens lifetimes = kind == TokenKind.RESPONDENT ? config.respondentTokens() : config.shareTokens();
        if (requested == null) {
            return now.plus(lifetimes.defaultTtl());
        }
        Duration max = lifetimes.maxTtl();
        if (!requested.isAfter(now) || requested.isAfter(now.plus(max))) {
            throw new InvalidInputException(
                    "expiresAt", "must be in the future and at most " + max.toDays() + " days away");
        }
        return requested.truncatedTo(ChronoUnit.MICROS);
    }

    private static AuditAction created(TokenKind kind) {
        return kind == TokenKind.RESPONDENT ? AuditAction.RESPONDENT_TOKEN_CREATED : AuditAction.SHARE_TOKEN_CREATED;
    }

    private static AuditAction revoked(TokenKind kind) {
        return kind == TokenKind.RESPONDENT ? AuditAction.RESPONDENT_TOKEN_REVOKED : AuditAction.SHARE_TOKEN_REVOKED;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
