package io.airisk.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long the service remembers an Idempotency-Key. */
@ConfigMapping(prefix = "airisk.idempotency")
public interface IdempotencyConfig {

    /**
     * {@code airisk.idempotency.ttl}: how long a key and its response are kept; a retry after that
     * is a new request. ISO-8601 duration.
     */
    @WithDefault("PT24H")
    Duration ttl();

    /** {@code airisk.idempotency.purge-every}: how often expired keys are deleted. */
    @WithDefault("1h")
    String purgeEvery();
}
