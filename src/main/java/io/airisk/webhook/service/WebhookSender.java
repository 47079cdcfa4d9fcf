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
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Sends the outbox. Each instance, every poll interval, takes up to a batch of the deliveries due,
 * at most one per endpoint (locked, skipping those another instance holds), leases them for the
 * time an attempt may take, commits, sends them all at once outside any transaction, and records
 * each outcome as it comes: delivered on a 2xx, else the next attempt after the configured wait,
 * until the waits run out. Every attempt ends within the timeout, a receiver that never finishes
 * its answer included, so a batch waits no longer than that. A delivery whose instance dies
 * mid-attempt is taken again when its lease ends: at least once, never lost. The API's threads
 * never wait on a receiver.
 */
@ApplicationScoped
public class WebhookSender {

    /** The most of an error's text that the log keeps. */
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
        // The JVM's proxy settings (https.proxyHost...) apply: an egress proxy may enforce the network rule too.
        this.http = HttpClient.newBuilder()
                .proxy(ProxySelector.getDefault())
                .connectTimeout(config.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** An attempt to make: the delivery, the attempt's number, and where and how to send it. */
    record Attempt(UUID id, int number, String url, String payload, List<String> secrets) {}

    /** How attempt {@code number} of a delivery went: the status answered, or the error when none was. */
    record Outcome(UUID id, int number, Integer status, String error) {
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
        CompletableFuture.allOf(attempts.stream()
                        .map(attempt -> send(attempt).thenAccept(this::recorded))
                        .toArray(CompletableFuture[]::new))
                .join();
    }

    /**
     * Takes the deliveries due, at most one per endpoint so that one endpoint's backlog cannot fill
     * the batch, and leases them: until the lease ends, no instance takes them again. A delivery
     * whose endpoint was deleted meanwhile is dropped.
     */
    List<Attempt> claim() {
        Instant now = now();
        Map<UUID, DeliveryEntity> firstPerEndpoint = new LinkedHashMap<>();
        for (DeliveryEntity delivery : deliveries.lockDue(now, config.batch() * 4)) {
            if (firstPerEndpoint.size() < config.batch()) {
                firstPerEndpoint.putIfAbsent(delivery.webhookId, delivery);
            }
        }
        if (firstPerEndpoint.isEmpty()) {
            return List.of();
        }
        Map<UUID, WebhookEntity> endpoints = webhooks.list("id in ?1", List.copyOf(firstPerEndpoint.keySet())).stream()
                .collect(Collectors.toMap(webhook -> webhook.id, Function.identity()));
        Instant lease = now.plus(config.timeout().multipliedBy(2)).plusSeconds(30);
        List<Attempt> attempts = new ArrayList<>();
        for (DeliveryEntity delivery : firstPerEndpoint.values()) {
            WebhookEntity webhook = endpoints.get(delivery.webhookId);
            if (webhook == null) {
                deliveries.delete(delivery);
                continue;
            }
            delivery.attempts++;
            delivery.lastAttemptAt = now;
            delivery.nextAttemptAt = lease;
            List<String> secrets = new ArrayList<>(List.of(webhook.secret));
            if (webhook.previousSecret != null && webhook.previousSecretUntil.isAfter(now)) {
                secrets.add(webhook.previousSecret);
            }
            attempts.add(new Attempt(delivery.id, delivery.attempts, webhook.url, delivery.payload, secrets));
        }
        return attempts;
    }

    private CompletableFuture<Outcome> send(Attempt attempt) {
        String refused = guard.problem(attempt.url());
        if (refused != null) {
            return CompletableFuture.completedFuture(
                    new Outcome(attempt.id(), attempt.number(), null, "The URL " + refused));
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
        // The status is all that counts: the answer's body is not kept, and the whole exchange, a
        // body that never ends included, is cut at the timeout.
        CompletableFuture<HttpResponse<Void>> exchange =
                http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
        return exchange.orTimeout(config.timeout().toMillis(), TimeUnit.MILLISECONDS)
                .handle((response, failure) -> {
                    if (failure != null) {
                        exchange.cancel(true);
                        return new Outcome(attempt.id(), attempt.number(), null, describe(failure));
                    }
                    int status = response.statusCode();
                    return new Outcome(
                            attempt.id(),
                            attempt.number(),
                            status,
                            status / 100 == 2 ? null : "The endpoint answered " + status);
                });
    }

    /** Records an outcome in a transaction of its own; one that cannot be recorded is attempted again after the lease. */
    private void recorded(Outcome outcome) {
        try {
            QuarkusTransaction.requiringNew().run(() -> record(outcome));
            Metrics.counter("airisk.webhook.deliveries", "outcome", outcome.delivered() ? "delivered" : "failed")
                    .increment();
        } catch (RuntimeException e) {
            Log.warnf(e, "Could not record the outcome of webhook delivery %s", outcome.id());
        }
    }

    /**
     * Records an attempt's outcome: delivered, or the next attempt, or failed for good. Under the
     * delivery's lock, and only while this attempt is the delivery's last: an outcome that arrives
     * after its lease ran out and another instance took the delivery again changes nothing.
     */
    void record(Outcome outcome) {
        DeliveryEntity delivery = deliveries.lock(outcome.id()).orElse(null);
        if (delivery == null || delivery.status != DeliveryStatus.PENDING || delivery.attempts != outcome.number()) {
            return; // deleted with its endpoint, or taken over
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

    /** Forgets ended deliveries created before the retention, once an hour. */
    @Scheduled(identity = "webhook-purge", every = "1h", delayed = "1m")
    void purgeEnded() {
        QuarkusTransaction.requiringNew().run(() -> deliveries.purgeEnded(now().minus(config.retention())));
    }

    private String describe(Throwable failure) {
        Throwable cause =
                failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        String text = cause instanceof TimeoutException
                ? "No complete answer within " + config.timeout().toMillis() + " ms"
                : cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return text.length() <= ERROR_MAX ? text : text.substring(0, ERROR_MAX);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
