package io.airisk.access.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.airisk.access.Caller;
import io.airisk.common.ClockProducer;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/**
 * A token bucket per key and per token (Bucket4j), on this instance: with n instances behind a
 * load balancer a client may send up to n times the limit. Respondent tokens, used from the open
 * internet, have the tightest limit. Buckets of credentials idle for ten minutes are dropped,
 * so memory stays bounded by the clients active lately.
 */
@ApplicationScoped
public class RateLimits {

    private final AccessConfig config;
    private final TimeMeter time;
    private final Cache<UUID, Bucket> buckets;
    private final Cache<String, Bucket> unknownKeys;

    public RateLimits(AccessConfig config, Clock clock) {
        this.config = config;
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return ClockProducer.nanos(clock);
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        this.buckets = recentClients(clock);
        this.unknownKeys = recentClients(clock);
    }

    /** Takes one request from the caller's bucket: 0 when it may go on, else the seconds to wait. */
    public long take(Caller caller) {
        ConsumptionProbe probe =
                buckets.get(caller.credentialId(), id -> bucket(limit(caller))).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return 0;
        }
        return seconds(probe.getNanosToWaitForRefill());
    }

    /**
     * Whether a client address may have one more key looked up that nobody remembers: 0 when it
     * may, else the seconds to wait. Each address may send so many keys that turn out unknown
     * ({@link #unknownKey}), so that a client guessing keys cannot keep the database busy for
     * everyone; keys verified lately are answered without asking, whatever the address.
     */
    public long lookupAllowed(String address) {
        Bucket bucket = unknownKeys.getIfPresent(address);
        if (bucket == null) {
            return 0;
        }
        long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
        return nanos == 0 ? 0 : seconds(nanos);
    }

    /** Counts a key that the database did not know against the address that sent it. */
    public void unknownKey(String address) {
        unknownKeys.get(address, ignored -> bucket(config.unknownKeyRate())).tryConsume(1);
    }

    /** The buckets of clients seen in the last ten minutes, bounded in number. */
    private static <K> Cache<K, Bucket> recentClients(Clock clock) {
        return Caffeine.newBuilder()
                .ticker(() -> ClockProducer.nanos(clock))
                .expireAfterAccess(Duration.ofMinutes(10))
                .maximumSize(5_000)
                .executor(Runnable::run) // upkeep on the requesting thread, as in Credentials
                .build();
    }

    private static long seconds(long nanos) {
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }

    private AccessConfig.Limit limit(Caller caller) {
        if (caller.kind() == null) {
            return config.keyRate();
        }
        return switch (caller.kind()) {
            case RESPONDENT -> config.respondentRate();
            case SHARE -> config.shareRate();
        };
    }

    private Bucket bucket(AccessConfig.Limit limit) {
        return Bucket.builder()
                .withCustomTimePrecision(time)
                .addLimit(Bandwidth.builder()
                        .capacity(limit.burst())
                        .refillGreedy(limit.perSecond(), Duration.ofSeconds(1))
                        .build())
                .build();
    }
}
