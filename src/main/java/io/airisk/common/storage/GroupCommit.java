package io.airisk.common.storage;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.locks.LockSupport;

/**
 * Lets concurrent writers share one flush to disk instead of paying one each, without holding a
 * thread while they wait.
 *
 * <p>A caller whose changes are committed calls {@link #flushed()} and gets a stage that completes
 * once a flush that started after the call has completed. Flushes run one at a time on the given
 * executor: callers that arrive while one runs are all covered by the next. While writers overlap
 * (the last flush covered more than one caller), the next flush first waits a short window for
 * more of them; a lone writer never waits for company. When a flush fails, every caller it would
 * have covered gets that failure: no stage completes normally without a successful flush that
 * covers it.
 */
public final class GroupCommit {

    private final Runnable flush;
    private final long windowNanos;
    private final Executor executor;

    /** Completes with the flush that covers the callers arrived since the last one started. */
    private CompletableFuture<Void> next;

    /** How many callers {@link #next} covers so far. */
    private int nextBatch;

    /** How many callers the last flush covered. */
    private int lastBatch;

    /** Whether a task on the executor is flushing or about to. */
    private boolean draining;

    /**
     * @param flush makes every change committed before it started durable; throws if it cannot
     * @param window how long a flush waits for more callers while writers overlap; zero flushes at
     *     once
     * @param executor runs the flushes; it is given one task at a time
     */
    public GroupCommit(Runnable flush, Duration window, Executor executor) {
        if (window.isNegative()) {
            throw new IllegalArgumentException("The window cannot be negative: " + window);
        }
        this.flush = flush;
        this.windowNanos = window.toNanos();
        this.executor = executor;
    }

    /**
     * A stage that completes once everything the caller committed before this call is flushed, or
     * completes exceptionally with what the flush threw.
     */
    public CompletionStage<Void> flushed() {
        CompletableFuture<Void> batch;
        synchronized (this) {
            if (next == null) {
                next = new CompletableFuture<>();
            }
            batch = next;
            nextBatch++;
            if (draining) {
                return batch.minimalCompletionStage();
            }
            draining = true;
        }
        try {
            executor.execute(this::drain);
        } catch (RejectedExecutionException e) {
            synchronized (this) {
                draining = false;
                next = null;
                nextBatch = 0;
            }
            batch.completeExceptionally(e);
        }
        return batch.minimalCompletionStage();
    }

    /** Flushes until no caller waits, then lets the next caller start a new task. */
    private void drain() {
        while (true) {
            if (windowNanos > 0 && lastBatch > 1) {
                LockSupport.parkNanos(windowNanos);
            }
            CompletableFuture<Void> batch;
            synchronized (this) {
                batch = next;
                if (batch == null) {
                    draining = false;
                    return;
                }
                lastBatch = nextBatch;
                next = null;
                nextBatch = 0;
            }
            try {
                flush.run();
            } catch (RuntimeException | Error e) {
                batch.completeExceptionally(e);
                continue;
            }
            batch.complete(null);
        }
    }
}
