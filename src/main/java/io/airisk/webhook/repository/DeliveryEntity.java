package io.airisk.webhook.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.UuidGenerator;

/**
 * One event for one endpoint (migration V13): written in the transaction of the change it
 * announces, then sent until the endpoint accepts it or the schedule runs out. Its id is the
 * {@code webhook-id} of every attempt, by which a receiver recognises a repeat.
 */
@Entity
@Table(name = "webhook_delivery")
public class DeliveryEntity {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    @Column(name = "webhook_id", nullable = false)
    public UUID webhookId;

    @Column(name = "event", nullable = false, length = 40)
    public String event;

    /** The JSON body every attempt sends, byte for byte: what the signature signs. */
    @Column(name = "payload", nullable = false, length = 2000)
    public String payload;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    public DeliveryStatus status;

    @Column(name = "attempts", nullable = false)
    public int attempts;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** When the next attempt is due; while one is under way, when another instance may take it over. */
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "last_attempt_at")
    public Instant lastAttemptAt;

    /** The HTTP status of the last answer; null when there was none. */
    @Column(name = "last_status")
    public Integer lastStatus;

    @Column(name = "last_error", length = 500)
    public String lastError;

    @Column(name = "delivered_at")
    public Instant deliveredAt;
}
