package io.airisk.access.repository;

import io.airisk.access.KeyRole;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An API key of a tenant, stored as the SHA-256 of its secret (migration V5). */
@Entity
@Table(name = "api_key")
public class ApiKeyEntity {

    @Id
    public UUID id;

    @Column(name = "tenant_id", nullable = false)
    public UUID tenantId;

    @Column(name = "name", nullable = false, length = 400)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 16)
    public KeyRole role;

    /** The secret's public beginning, shown in lists. */
    @Column(name = "prefix", nullable = false, length = 16)
    public String prefix;

    @Column(name = "key_hash", nullable = false, length = 64)
    public String keyHash;

    /** Whether the key may create tenants: only the bootstrap key. */
    @Column(name = "operator", nullable = false)
    public boolean operator;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;
}
