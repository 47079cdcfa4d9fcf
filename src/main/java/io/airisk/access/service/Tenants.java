package io.airisk.access.service;

import io.airisk.access.Caller;
import io.airisk.access.KeyRole;
import io.airisk.access.Secrets;
import io.airisk.access.TenantCreated;
import io.airisk.access.repository.ApiKeyEntity;
import io.airisk.access.repository.TenantEntity;
import io.airisk.access.repository.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Tenants: created by the operator (the bootstrap key) with a first ADMIN key, renamed by their ADMIN. */
@ApplicationScoped
@Transactional
public class Tenants {

    private final TenantRepository tenants;
    private final ApiKeys keys;
    private final AuditTrail audit;
    private final Event<TenantCreated> created;
    private final Clock clock;

    public Tenants(
            TenantRepository tenants, ApiKeys keys, AuditTrail audit, Event<TenantCreated> created, Clock clock) {
        this.tenants = tenants;
        this.keys = keys;
        this.audit = audit;
        this.created = created;
        this.clock = clock;
    }

    /** Creates a tenant and its first ADMIN key; both are recorded in the new tenant's trail. */
    public CreatedTenant create(Caller operator, TenantRequest request) {
        TenantEntity tenant = new TenantEntity();
        tenant.id = UUID.randomUUID();
        tenant.name = request.name();
        tenant.createdAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        tenants.persist(tenant);
        tenants.flush();
        created.fire(new TenantCreated(tenant.id));
        String secret = Secrets.generate(Secrets.KEY_PREFIX);
        ApiKeyEntity admin = keys.insert(tenant.id, "First ADMIN key", KeyRole.ADMIN, secret, false);
        audit.record(tenant.id, operator.actor(), AuditAction.TENANT_CREATED, tenant.id);
        audit.record(tenant.id, operator.actor(), AuditAction.KEY_CREATED, admin.id);
        return new CreatedTenant(tenant.id, tenant.name, tenant.createdAt, secret, admin.prefix);
    }

    /**
     * Locks the caller's tenant row until the transaction ends: what a feature serializes with it,
     * such as the creation of a name that must be unique within the tenant, runs one at a time.
     */
    @Transactional(TxType.MANDATORY)
    public void lock(UUID tenantId) {
        tenants.getEntityManager().find(TenantEntity.class, tenantId, LockModeType.PESSIMISTIC_WRITE);
    }

    @Transactional(TxType.SUPPORTS)
    public TenantView get(Caller caller) {
        return view(tenants.findById(caller.tenantId()));
    }

    /** Renames the tenant, lets it take part in peer benchmarks or not, requires a review or not; each change is audited. */
    public TenantView change(Caller caller, TenantChange change) {
        TenantEntity tenant = tenants.findById(caller.tenantId());
        if (change.name() != null && !change.name().equals(tenant.name)) {
            tenant.name = change.name();
            audit.record(caller, AuditAction.TENANT_RENAMED, tenant.id);
        }
        if (change.peerBenchmarks() != null && change.peerBenchmarks() != tenant.peerBenchmarks) {
            tenant.peerBenchmarks = change.peerBenchmarks();
            audit.record(
                    caller,
                    tenant.peerBenchmarks ? AuditAction.PEER_BENCHMARKS_JOINED : AuditAction.PEER_BENCHMARKS_LEFT,
                    tenant.id);
        }
        if (change.reviewRequired() != null && change.reviewRequired() != tenant.reviewRequired) {
            tenant.reviewRequired = change.reviewRequired();
            audit.record(
                    caller,
                    tenant.reviewRequired ? AuditAction.REVIEW_REQUIRED : AuditAction.REVIEW_NOT_REQUIRED,
                    tenant.id);
        }
        return view(tenant);
    }

    /** Whether the tenant's submitted assessments wait for a review; read in the caller's transaction. */
    @Transactional(TxType.MANDATORY)
    public boolean reviewRequired(UUID tenantId) {
        return tenants.findById(tenantId).reviewRequired;
    }

    private static TenantView view(TenantEntity tenant) {
        return new TenantView(tenant.id, tenant.name, tenant.peerBenchmarks, tenant.reviewRequired, tenant.createdAt);
    }
}
