package io.airisk.access.repository;

import io.airisk.access.TokenKind;
import io.airisk.engine.Respondent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A respondent or share token of one assessment, stored as the SHA-256 of its secret (migration V5). */
@Entity
@Table(name = "access_token")
public class AccessTokenEntity {

    @Id
    public UUID id;

    @Column(name = "tenant_id", nullable = false)
    public UUID tenantId;

    @Column(name = "assessment_id", nullable = false)
    public UUID assessmentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    public TokenKind kind;

    @Column(name = "name", length = 400)
    public String name;

    /** The role a respondent token answers for (migration V14); {@code null}: any question, as the coordinator. */
    @Enumerated(EnumType.STRING)
    @Column(name = "respondent_role", length = 16)
    public Respondent respondentRole;

    /** Whom the token was sent to, when the coordinator said so. */
    @Column(name = "email", length = 400)
    public String email;

    @Column(name = "prefix", nullable = false, length = 16)
    public String prefix;

    @Column(name = "token_hash", nullable = false, length = 64)
    public String tokenHash;

    /** The actor that minted it, as the audit trail names it. */
    @Column(name = "created_by", nullable = false, length = 64)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    /** When a respondent token had first answered all it was to answer (migration V14). */
    @Column(name = "finished_at")
    public Instant finishedAt;
}
