package io.airisk.access;

import java.util.UUID;

/** A CDI event fired in the transaction that creates a tenant, for what each tenant needs of its own. */
public record TenantCreated(UUID tenantId) {}
