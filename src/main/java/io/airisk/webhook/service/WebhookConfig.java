package io.airisk.webhook.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Webhooks: what endpoints may be, and how deliveries are sent (docs/configuration.md). */
@ConfigMapping(prefix = "airisk.webhooks")
public interface WebhookConfig {

    /**
     * Hosts or addresses an endpoint may name although they are private, loopback or link-local
     * (AIRISK_WEBHOOKS_ALLOW_HOSTS, comma-separated): a receiver inside the cluster, or a test's.
     */
    Optional<List<String>> allowHosts();

    /** How often an instance looks for deliveries due (AIRISK_WEBHOOKS_POLL_INTERVAL). */
    @WithDefault("5s")
    Duration pollInterval();

    /**
     * The waits after each failed attempt: the first attempt is sent at once, the last of these
     * waits precedes the last attempt. By default 8 attempts over 27 hours and a half.
     */
    @WithDefault("5s,5m,30m,2h,5h,10h,10h")
    List<Duration> retryDelays();

    /** How long an attempt may take, connecting included, before it counts as failed. */
    @WithDefault("10s")
    Duration timeout();

    /** How many deliveries an instance sends at once. */
    @WithDefault("8")
    int batch();

    /** How many endpoints a tenant may register. */
    @WithDefault("20")
    int maxPerTenant();

    /** How long a rotated-out secret still signs deliveries beside the new one. */
    @WithDefault("24h")
    Duration previousSecretOverlap();

    /** How long ended deliveries stay in the log. */
    @WithDefault("30d")
    Duration retention();
}
