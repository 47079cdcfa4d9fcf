package io.airisk.access.service;

import java.util.UUID;

/**
 * A CDI event fired in the transaction of each change the audit trail records; observed once the
 * transaction has committed ({@code TransactionPhase.AFTER_SUCCESS}), never when it rolls back.
 */
public record AuditRecorded(UUID tenantId, String actor, AuditAction action, UUID targetId) {}
