package io.airisk.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Instant;

/**
 * The one clock of the service, injected wherever time is read, so that tests can fix it: also by
 * the caches and rate-limit buckets, through {@link #nanos}.
 */
@ApplicationScoped
public class ClockProducer {

    /** The clock's time in nanoseconds since the epoch, for what measures time in nanoseconds. */
    public static long nanos(Clock clock) {
        Instant now = clock.instant();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
