package io.airisk.access.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.UuidGenerator;

/** One entry of a tenant's audit trail (migration V5). Holds no secret: the actor is a prefix. */
@Entity
@Table(name = "audit_event")
public class AuditEventEntity {

    /** A version 7 UUID: it orders events created in the same microsecond. */
    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    @Column(name = "tenant_id", nullable = false)
    public UUID tenantId;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "actor", nullable = false, length = 64)
    public String actor;

    @Column(name = "action", nullable = false, length = 32)
    public String action;

    @Column(name = "target_type", nullable = false, length = 32)
    public String targetType;

    @Column(name = "target_id", nullable = false)
    public UUID targetId;
}
