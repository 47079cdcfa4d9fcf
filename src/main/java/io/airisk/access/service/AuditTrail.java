package io.airisk.access.service;

import io.airisk.access.Caller;
import io.airisk.access.repository.AuditEventEntity;
import io.airisk.access.repository.AuditRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The audit trail: each change is recorded in the transaction that makes it, so that a change
 * committed is a change recorded, and a change rolled back leaves no entry. Each entry is also
 * announced as an {@link AuditRecorded} event, and once committed logged with the request's trace
 * id: at INFO for keys, tokens and tenants, for log-based alerting, at DEBUG for assessments.
 */
@ApplicationScoped
public class AuditTrail {

    private static final Logger LOG = Logger.getLogger(AuditTrail.class);

    private final AuditRepository events;
    private final Clock clock;
    private final Event<AuditRecorded> recorded;

    public AuditTrail(AuditRepository events, Clock clock, Event<AuditRecorded> recorded) {
        this.events = events;
        this.clock = clock;
        this.recorded = recorded;
    }

    /** Records that the caller did that to the target; joins the caller's transaction. */
    @Transactional(TxType.MANDATORY)
    public void record(Caller caller, AuditAction action, UUID targetId) {
        record(caller.tenantId(), caller.actor(), action, targetId);
    }

    @Transactional(TxType.MANDATORY)
    void record(UUID tenantId, String actor, AuditAction action, UUID targetId) {
        AuditEventEntity event = new AuditEventEntity();
        event.tenantId = tenantId;
        event.occurredAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        event.actor = actor;
        event.action = action.name();
        event.targetType = action.targetType();
        event.targetId = targetId;
        events.persist(event);
        recorded.fire(new AuditRecorded(tenantId, actor, action, targetId));
    }

    void log(@Observes(during = TransactionPhase.AFTER_SUCCESS) AuditRecorded entry) {
        // Access changes are rare and worth an alert; assessments change on every answer.
        Logger.Level level = entry.action().targetType().equals("assessment") ? Logger.Level.DEBUG : Logger.Level.INFO;
        LOG.logf(
                level,
                "Audit: %s on %s %s by %s in tenant %s",
                entry.action(),
                entry.action().targetType(),
                entry.targetId(),
                entry.actor(),
                entry.tenantId());
    }

    /** A page of the caller's tenant's trail, newest first. */
    @Transactional(TxType.SUPPORTS)
    public AuditPage page(Caller caller, int page, int size) {
        List<AuditEventEntity> found = events.newestFirst(caller.tenantId(), page * size, size + 1);
        List<AuditEvent> items = found.stream()
                .limit(size)
                .map(event -> new AuditEvent(
                        event.id,
                        event.occurredAt,
                        event.actor,
                        AuditAction.valueOf(event.action),
                        event.targetType,
                        event.targetId))
                .toList();
        return new AuditPage(items, page, size, found.size() > size);
    }
}
