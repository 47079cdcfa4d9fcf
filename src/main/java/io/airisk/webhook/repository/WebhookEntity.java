package io.airisk.webhook.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.UuidGenerator;

/** An endpoint a tenant's ADMIN registered (migration V13). */
@Entity
@Table(name = "webhook")
public class WebhookEntity {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    @Column(name = "tenant_id", nullable = false)
    public UUID tenantId;

    @Column(name = "url", nullable = false, length = 2000)
    public String url;

    /** The event types it is sent, comma-separated, in the order of {@code WebhookEvent}. */
    @Column(name = "events", nullable = false, length = 400)
    public String events;

    /** The signing secret, whsec_ and its base64 key. */
    @Column(name = "secret", nullable = false, length = 100)
    public String secret;

    /** The secret before the last rotation, with which deliveries are signed too until {@link #previousSecretUntil}. */
    @Column(name = "previous_secret", length = 100)
    public String previousSecret;

    @Column(name = "previous_secret_until")
    public Instant previousSecretUntil;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Optimistic lock: two rotations at once cannot both hand out a secret. */
    @Version
    public long version;
}
