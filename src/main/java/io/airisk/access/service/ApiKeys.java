package io.airisk.access.service;

import io.airisk.access.Caller;
import io.airisk.access.KeyRole;
import io.airisk.access.Secrets;
import io.airisk.access.repository.ApiKeyEntity;
import io.airisk.access.repository.ApiKeyRepository;
import io.airisk.access.repository.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** A tenant's API keys: created with a secret shown once, listed without it, revoked at once. */
@ApplicationScoped
@Transactional
public class ApiKeys {

    /** Active keys a tenant may hold: enough for every system and person, and a list of bounded size. */
    public static final int MAX_ACTIVE = 100;

    private final ApiKeyRepository keys;
    private final TenantRepository tenants;
    private final AuditTrail audit;
    private final Clock clock;

    public ApiKeys(ApiKeyRepository keys, TenantRepository tenants, AuditTrail audit, Clock clock) {
        this.keys = keys;
        this.tenants = tenants;
        this.audit = audit;
        this.clock = clock;
    }

    public CreatedApiKey create(Caller caller, CreateKeyRequest request) {
        if (keys.countActive(caller.tenantId()) >= MAX_ACTIVE) {
            throw new AccessConflictException("the tenant holds " + MAX_ACTIVE + " active keys: revoke one first");
        }
        String secret = Secrets.generate(Secrets.KEY_PREFIX);
        ApiKeyEntity key = insert(caller.tenantId(), request.name(), request.role(), secret, false);
        audit.record(caller, AuditAction.KEY_CREATED, key.id);
        return new CreatedApiKey(key.id, key.name, key.role, key.prefix, key.createdAt, secret);
    }

    /** Stores a key of the tenant, by the hash of its secret. */
    ApiKeyEntity insert(UUID tenantId, String name, KeyRole role, String secret, boolean operator) {
        ApiKeyEntity key = new ApiKeyEntity();
        key.id = UUID.randomUUID();
        key.tenantId = tenantId;
        key.name = name;
        key.role = role;
        key.prefix = Secrets.shown(secret);
        key.keyHash = Secrets.hash(secret);
        key.operator = operator;
        key.createdAt = now();
        keys.persist(key);
        return key;
    }

    @Transactional(TxType.SUPPORTS)
    public List<ApiKeyView> list(Caller caller) {
        return keys.listActive(caller.tenantId(), MAX_ACTIVE).stream()
                .map(key -> new ApiKeyView(key.id, key.name, key.role, key.prefix, key.createdAt))
                .toList();
    }

    /**
     * Revokes a key of the caller's tenant; the last active ADMIN key stays, so that the tenant is
     * never locked out (revocations of one tenant queue on its row, so two cannot both take the
     * last but one). Verified credentials are forgotten once the transaction has committed.
     */
    public void revoke(Caller caller, UUID id) {
        tenants.findById(caller.tenantId(), LockModeType.PESSIMISTIC_WRITE);
        ApiKeyEntity key = keys.findByIdOptional(id)
                .filter(found -> found.tenantId.equals(caller.tenantId()) && found.revokedAt == null)
                .orElseThrow(KeyNotFoundException::new);
        if (key.role == KeyRole.ADMIN
                && keys.count("tenantId = ?1 and role = ?2 and revokedAt is null", key.tenantId, KeyRole.ADMIN) <= 1) {
            throw new AccessConflictException("this is the tenant's last ADMIN key: create another one first");
        }
        key.revokedAt = now();
        audit.record(caller, AuditAction.KEY_REVOKED, key.id);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
