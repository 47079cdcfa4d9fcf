package io.airisk.webhook.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.airisk.access.Caller;
import io.airisk.access.service.AuditAction;
import io.airisk.access.service.AuditRecorded;
import io.airisk.access.service.AuditTrail;
import io.airisk.access.service.Tenants;
import io.airisk.assessment.service.RespondentFinished;
import io.airisk.common.error.FieldError;
import io.airisk.common.error.InvalidInputException;
import io.airisk.webhook.WebhookEvent;
import io.airisk.webhook.repository.DeliveryEntity;
import io.airisk.webhook.repository.DeliveryRepository;
import io.airisk.webhook.repository.DeliveryStatus;
import io.airisk.webhook.repository.WebhookEntity;
import io.airisk.webhook.repository.WebhookRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The endpoints a tenant's ADMIN registers, and the outbox: every change an endpoint listens for
 * writes a delivery for it in the change's own transaction ({@link WebhookSender} sends them).
 */
@ApplicationScoped
@Transactional
public class Webhooks {

    private final WebhookRepository webhooks;
    private final DeliveryRepository deliveries;
    private final UrlGuard guard;
    private final WebhookConfig config;
    private final AuditTrail audit;
    private final Tenants tenants;
    private final ObjectMapper json;
    private final Clock clock;

    public Webhooks(
            WebhookRepository webhooks,
            DeliveryRepository deliveries,
            UrlGuard guard,
            WebhookConfig config,
            AuditTrail audit,
            Tenants tenants,
            ObjectMapper json,
            Clock clock) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.guard = guard;
        this.config = config;
        this.audit = audit;
        this.tenants = tenants;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Registers an endpoint, with a new secret shown once.
     *
     * @throws InvalidInputException naming the URL, or each event that is not one
     * @throws TooManyWebhooksException when the tenant has as many as it may
     */
    public WebhookView register(Caller caller, WebhookRequest request) {
        List<FieldError> errors = new ArrayList<>();
        String problem = guard.problem(request.url());
        if (problem != null) {
            errors.add(new FieldError("url", problem));
        }
        List<WebhookEvent> events = new ArrayList<>();
        for (int i = 0; i < request.events().size(); i++) {
            String type = request.events().get(i);
            WebhookEvent event = WebhookEvent.named(type).orElse(null);
            if (event == null) {
                errors.add(new FieldError(
                        "events[" + i + "]",
                        "must be one of "
                                + Arrays.stream(WebhookEvent.values())
                                        .map(WebhookEvent::type)
                                        .toList()));
            } else if (!events.contains(event)) {
                events.add(event);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        tenants.lock(caller.tenantId());
        if (webhooks.countOf(caller.tenantId()) >= config.maxPerTenant()) {
            throw new TooManyWebhooksException(config.maxPerTenant());
        }
        WebhookEntity webhook = new WebhookEntity();
        webhook.tenantId = caller.tenantId();
        webhook.url = request.url();
        webhook.events = String.join(
                ",", events.stream().sorted().map(WebhookEvent::type).toList());
        webhook.secret = Signature.newSecret();
        webhook.createdAt = now();
        webhooks.persist(webhook);
        audit.record(caller, AuditAction.WEBHOOK_CREATED, webhook.id);
        return view(webhook, true);
    }

    @Transactional(TxType.SUPPORTS)
    public List<WebhookView> list(Caller caller) {
        return webhooks.of(caller.tenantId()).stream()
                .map(webhook -> view(webhook, false))
                .toList();
    }

    @Transactional(TxType.SUPPORTS)
    public WebhookView get(Caller caller, UUID id) {
        return view(require(caller, id), false);
    }

    /**
     * Deletes an endpoint and its deliveries, sent or not. A change committing at the same moment
     * may still write one for it (no foreign key makes that change fail): the sender drops it.
     */
    public void delete(Caller caller, UUID id) {
        WebhookEntity webhook = require(caller, id);
        deliveries.forget(id);
        webhooks.delete(webhook);
        audit.record(caller, AuditAction.WEBHOOK_DELETED, id);
    }

    /**
     * Gives the endpoint a new secret, shown once; for {@link WebhookConfig#previousSecretOverlap()}
     * deliveries carry a signature by the old one too, so that the receiver can switch meanwhile.
     */
    public WebhookView rotate(Caller caller, UUID id) {
        WebhookEntity webhook = require(caller, id);
        webhook.previousSecret = webhook.secret;
        webhook.previousSecretUntil = now().plus(config.previousSecretOverlap());
        webhook.secret = Signature.newSecret();
        audit.record(caller, AuditAction.WEBHOOK_SECRET_ROTATED, id);
        return view(webhook, true);
    }

    @Transactional(TxType.SUPPORTS)
    public DeliveryPage deliveries(Caller caller, UUID id, int page, int size) {
        WebhookEntity webhook = require(caller, id);
        return new DeliveryPage(
                deliveries.page(webhook.id, page, size).stream()
                        .map(Webhooks::view)
                        .toList(),
                page,
                size,
                deliveries.countOf(webhook.id));
    }

    /** Writes a delivery for each endpoint of the tenant that listens for what the audited change announces. */
    void announce(@Observes AuditRecorded recorded) {
        WebhookEvent.of(recorded.action())
                .ifPresent(event -> enqueue(recorded.tenantId(), event, Map.of("assessmentId", recorded.targetId())));
    }

    void announce(@Observes RespondentFinished finished) {
        enqueue(
                finished.tenantId(),
                WebhookEvent.RESPONDENT_FINISHED,
                Map.of("assessmentId", finished.assessmentId(), "respondentTokenId", finished.respondentTokenId()));
    }

    private void enqueue(UUID tenantId, WebhookEvent event, Map<String, Object> data) {
        List<WebhookEntity> listening = webhooks.of(tenantId).stream()
                .filter(webhook -> Arrays.asList(webhook.events.split(",")).contains(event.type()))
                .toList();
        if (listening.isEmpty()) {
            return;
        }
        Instant now = now();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", event.type());
        payload.put("timestamp", now.toString());
        payload.put("data", data);
        String body;
        try {
            body = json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A payload of ids and names always serializes", e);
        }
        for (WebhookEntity webhook : listening) {
            DeliveryEntity delivery = new DeliveryEntity();
            delivery.webhookId = webhook.id;
            delivery.event = event.type();
            delivery.payload = body;
            delivery.status = DeliveryStatus.PENDING;
            delivery.createdAt = now;
            delivery.nextAttemptAt = now;
            deliveries.persist(delivery);
        }
    }

    private WebhookEntity require(Caller caller, UUID id) {
        return webhooks.find(caller.tenantId(), id).orElseThrow(() -> new WebhookNotFoundException(id));
    }

    private WebhookView view(WebhookEntity webhook, boolean withSecret) {
        boolean overlapping = webhook.previousSecretUntil != null && webhook.previousSecretUntil.isAfter(now());
        return new WebhookView(
                webhook.id,
                webhook.url,
                List.of(webhook.events.split(",")),
                webhook.createdAt,
                withSecret ? webhook.secret : null,
                overlapping ? webhook.previousSecretUntil : null);
    }

    private static DeliveryView view(DeliveryEntity delivery) {
        return new DeliveryView(
                delivery.id,
                delivery.event,
                delivery.status,
                delivery.attempts,
                delivery.createdAt,
                delivery.status == DeliveryStatus.PENDING ? delivery.nextAttemptAt : null,
                delivery.lastAttemptAt,
                delivery.lastStatus,
                delivery.lastError,
                delivery.deliveredAt);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
