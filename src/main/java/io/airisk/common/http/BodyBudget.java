package io.airisk.common.http;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;

/**
 * The bytes of request bodies held in memory at once, by all requests and by each key or token:
 * a body is counted from its first byte read until its answer is sent, and one that would pass
 * either bound is refused (503) instead of read. Bodies are small (a few kilobytes, at most
 * {@code quarkus.http.limits.max-body-size}), so the bound holds however many clients send at once,
 * and no client can take it all: that is what makes the heap's worst case a sum (docs/configuration.md, Memory).
 */
@ApplicationScoped
public class BodyBudget {

    private final long total;
    private final long perHolder;
    private final Map<String, Long> held = new HashMap<>();
    private long heldInAll;

    public BodyBudget(HttpConfig config) {
        this.total = config.bodiesInFlight().asLongValue();
        this.perHolder = config.bodiesInFlightPerCredential().asLongValue();
    }

    /** Takes that many bytes for the holder's request, or nothing and false when either bound would be passed. */
    public synchronized boolean reserve(String holder, long bytes) {
        long holderHeld = held.getOrDefault(holder, 0L);
        if (heldInAll + bytes > total || holderHeld + bytes > perHolder) {
            return false;
        }
        heldInAll += bytes;
        held.put(holder, holderHeld + bytes);
        return true;
    }

    /** Gives back what the holder's request had taken. */
    public synchronized void release(String holder, long bytes) {
        if (bytes == 0) {
            return;
        }
        heldInAll -= bytes;
        held.computeIfPresent(holder, (ignored, holderHeld) -> holderHeld == bytes ? null : holderHeld - bytes);
    }

    /** The bytes held now, by all requests. */
    public synchronized long held() {
        return heldInAll;
    }
}
