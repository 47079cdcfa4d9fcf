package io.airisk.common.storage;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Lets concurrent writers share one flush to disk instead of paying one each.
 *
 * <p>A caller whose changes are committed calls {@link #awaitFlushed()}, which returns once a
 * flush that started after the call has completed. The first caller with no flush running
 * becomes the leader: it optionally waits a short window for more callers, then runs the flush
 * once for everyone who arrived by then. Callers arriving meanwhile wait for that flush if it
 * covers them, or else lead the next one. The window applies only while writers overlap (the
 * last flush covered more than one caller): a lone writer never waits for company. When a flush fails, the leader's call throws and no
 * waiter counts as flushed: the next one leads a new attempt, so no caller returns normally
 * without a successful flush that covers it.
 */
public final class GroupCommit {

    private final Runnable flush;
    private final long windowNanos;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition flushed = lock.newCondition();

    /** Callers so far, numbered from 1 in the order they arrived. */
    private long arrived;

    /** The highest caller number a completed flush covered. */
    private long covered;

    /** How many callers the last completed flush covered. */
    private long lastBatch;

    private boolean flushing;

    /**
     * @param flush makes every change committed before it started durable; throws if it cannot
     * @param window how long a leader waits for more callers before flushing while writers
     *     overlap; zero flushes at once
     */
    public GroupCommit(Runnable flush, Duration window) {
        if (window.isNegative()) {
            throw new IllegalArgumentException("The window cannot be negative: " + window);
        }
        this.flush = flush;
        this.windowNanos = window.toNanos();
    }

    /**
     * Returns once everything the caller committed before this call has been flushed.
     *
     * @throws RuntimeException what the flush threw, when this caller led it
     */
    public void awaitFlushed() {
        lock.lock();
        try {
            long ticket = ++arrived;
            while (covered < ticket) {
                if (flushing) {
                    flushed.awaitUninterruptibly();
                } else {
                    lead();
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** Runs one flush, outside the lock, for every caller that has arrived when it starts. */
    private void lead() {
        flushing = true;
        if (windowNanos > 0 && lastBatch > 1) {
            lock.unlock();
            try {
                LockSupport.parkNanos(windowNanos);
            } finally {
                lock.lock();
            }
        }
        long upTo = arrived;
        boolean succeeded = false;
        lock.unlock();
        try {
            flush.run();
            succeeded = true;
        } finally {
            lock.lock();
            flushing = false;
            if (succeeded) {
                lastBatch = upTo - covered;
                covered = upTo;
            }
            flushed.signalAll();
        }
    }
}
