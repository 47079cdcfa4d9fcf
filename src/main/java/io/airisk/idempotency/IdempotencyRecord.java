package io.airisk.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The stored response to a request sent with an Idempotency-Key. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord {

    /** The tenant's id, a colon and the client's key (migration V5). */
    @Id
    @Column(name = "idempotency_key", length = 300)
    public String key;

    /** SHA-256 of the method, path and canonical body, in hex. */
    @Column(name = "request_hash", nullable = false, length = 64)
    public String requestHash;

    @Column(name = "status", nullable = false)
    public int status;

    @Column(name = "location", length = 2000)
    public String location;

    @Column(name = "etag", length = 100)
    public String etag;

    @Column(name = "body", nullable = false, length = 300_000)
    public String body;

    /** The resource the response is about, when it is about one (migration V4). */
    @Column(name = "resource_id")
    public UUID resourceId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;
}
