package io.airisk.common.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * What the service holds of request bodies, and for how long ({@code airisk.http.*}, or
 * AIRISK_HTTP_* in the environment). The largest body is Quarkus's own
 * {@code quarkus.http.limits.max-body-size}, the one place that says it.
 */
@ConfigMapping(prefix = "airisk.http")
public interface HttpConfig {

    /**
     * {@code airisk.http.body-timeout}: how long a body may take to arrive in full once its
     * request has been let through: then 408, and the connection is closed.
     */
    @WithDefault("10s")
    Duration bodyTimeout();

    /**
     * {@code airisk.http.bodies-in-flight}: the bytes of request bodies all requests may hold at
     * once, from the first byte read until the answer is sent; a body beyond is answered 503 with
     * Retry-After.
     */
    @WithDefault("4M")
    MemorySize bodiesInFlight();

    /**
     * {@code airisk.http.bodies-in-flight-per-credential}: the part of those bytes that the
     * requests of one key or token may hold, so that no client takes them all.
     */
    @WithDefault("1M")
    MemorySize bodiesInFlightPerCredential();
}
