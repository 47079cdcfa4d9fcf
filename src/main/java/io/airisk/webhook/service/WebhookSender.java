package io.airisk.webhook.service;

import io.airisk.webhook.repository.DeliveryEntity;
import io.airisk.webhook.repository.DeliveryRepository;
import io.airisk.webhook.repository.DeliveryStatus;
import io.airisk.webhook.repository.WebhookEntity;
import io.airisk.webhook.repository.WebhookRepository;
import io.micrometer.core.instrument.Metrics;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Sends the outbox. Each instance, every poll interval, takes up to a batch of the deliveries due
 * (locked, skipping those another instance holds), leases them for the time an attempt may take,
 * commits, sends them all at once outside any transaction, then records each outcome: delivered on
 * a 2xx, else the next attempt after the configured wait, until the waits run out. A delivery
 * whose instance dies mid-attempt is taken again when its lease ends: at least once, never lost.
 * The API's threads never wait on a receiver.
 */
@ApplicationScoped
public class WebhookSender {

    /** The most answer a receiver's error is quoted from. */
    private static final int ERROR_MAX = 500;

    private final DeliveryRepository deliveries;
    private final WebhookRepository webhooks;
    private final UrlGuard guard;
    private final WebhookConfig config;
    private final Clock clock;
    private final HttpClient http;

    public WebhookSender(
            DeliveryRepository deliveries,
            WebhookRepository webhooks,
            UrlGuard guard,
            WebhookConfig config,
            Clock clock) {
        this.deliveries = deliveries;
        this.webhooks = webhooks;
        this.guard = guard;
        this.config = config;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(config.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** An attempt to make: the delivery, and where and how to send it. */
    record Attempt(UUID id, String url, String payload, List<String> secrets) {}

    /** How an attempt went: the status answered, or the error when none was. */
    record Outcome(UUID id, Integer status, String error) {
        boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }
    }

    @Scheduled(
            identity = "webhook-sender",
            every = "${airisk.webhooks.poll-interval}",
            delayed = "${airisk.webhooks.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendDue() {
        List<Attempt> attempts = QuarkusTransaction.requiringNew().call(this::claim);
        if (attempts.isEmpty()) {
            return;
        }
        List<CompletableFuture<Outcome>> sent =
                attempts.stream().map(this::send).toList();
        for (CompletableFuture<Outcome> outcome : sent) {
            Outcome done = outcome.join();
            QuarkusTransaction.requiringNew().run(() -> record(done));
            Metrics.counter("airisk.webhook.deliveries", "outcome", done.delivered() ? "delivered" : "failed")
                    .increment();
        }
    }

    /** Takes the deliveries due and leases them: until the lease ends, no instance takes them again. */
    List<Attempt> claim() {
        Instant now = now();
        List<DeliveryEntity> due = deliveries.lockDue(now, config.batch());
        if (due.isEmpty()) {
            return List.of();
        }
        Map<UUID, WebhookEntity> endpoints =
                webhooks
                        .list(
                                "id in ?1",
                                due.stream()
                                        .map(delivery -> delivery.webhookId)
                                        .distinct()
                                        .toList())
                        .stream()
                        .collect(Collectors.toMap(webhook -> webhook.id, Function.identity()));
        Instant lease = now.plus(config.timeout().multipliedBy(2)).plusSeconds(30);
        List<Attempt> attempts = new ArrayList<>();
        for (DeliveryEntity delivery : due) {
            WebhookEntity webhook = endpoints.get(delivery.webhookId);
            delivery.attempts++;
            delivery.lastAttemptAt = now;
            delivery.nextAttemptAt = lease;
            List<String> secrets = new ArrayList<>(List.of(webhook.secret));
            if (webhook.previousSecret != null && webhook.previousSecretUntil.isAfter(now)) {
                secrets.add(webhook.previousSecret);
            }
            attempts.add(new Attempt(delivery.id, webhook.url, delivery.payload, secrets));
        }
        return attempts;
    }

    private CompletableFuture<Outcome> send(Attempt attempt) {
        String refused = guard.problem(attempt.url());
        if (refused != null) {
            return CompletableFuture.completedFuture(new Outcome(attempt.id(), null, "The URL " + refused));
        }
        long timestamp = clock.instant().getEpochSecond();
        String id = attempt.id().toString();
        String signatures = attempt.secrets().stream()
                .map(secret -> Signature.sign(secret, id, timestamp, attempt.payload()))
                .collect(Collectors.joining(" "));
        HttpRequest request = HttpRequest.newBuilder(URI.create(attempt.url()))
                .timeout(config.timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "airisk-webhooks")
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", signatures)
                .POST(HttpRequest.BodyPublishers.ofString(attempt.payload()))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .thenApply(response -> new Outcome(
                        attempt.id(),
                        response.statusCode(),
                        response.statusCode() / 100 == 2 ? null : "The endpoint answered " + response.statusCode()))
                .exceptionally(failure -> new Outcome(attempt.id(), null, describe(failure)));
    }

    /** Records an attempt's outcome: delivered, or the next attempt, or failed for good. */
    void record(Outcome outcome) {
        DeliveryEntity delivery = deliveries.findById(outcome.id());
        if (delivery == null) {
            return; // its endpoint was deleted meanwhile
        }
        Instant now = now();
        delivery.lastStatus = outcome.status();
        if (outcome.delivered()) {
            delivery.status = DeliveryStatus.DELIVERED;
            delivery.deliveredAt = now;
            delivery.nextAttemptAt = null;
            delivery.lastError = null;
            return;
        }
        delivery.lastError = outcome.error();
        List<Duration> waits = config.retryDelays();
        if (delivery.attempts > waits.size()) {
            delivery.status = DeliveryStatus.FAILED;
            delivery.nextAttemptAt = null;
            Log.warnf(
                    "Webhook delivery %s failed for good after %d attempts: %s",
                    delivery.id, delivery.attempts, outcome.error());
        } else {
            delivery.nextAttemptAt = now.plus(waits.get(delivery.attempts - 1));
        }
    }

    /** Forgets ended deliveries older than the retention, once an hour. */
    @Scheduled(identity = "webhook-purge", every = "1h", delayed = "1m")
    void purgeEnded() {
        QuarkusTransaction.requiringNew().run(() -> deliveries.purgeEnded(now().minus(config.retention())));
    }

    private static String describe(Throwable failure) {
        Throwable cause = failure.getCause() == null ? failure : failure.getCause();
        String text = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return text.length() <= ERROR_MAX ? text : text.substring(0, ERROR_MAX);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
