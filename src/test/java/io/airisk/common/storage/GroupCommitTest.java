package io.airisk.common.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.airisk.Concurrently;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    /** Stands for the database: commits count up in memory, a flush makes all of them durable. */
    private final AtomicLong committed = new AtomicLong();

    private final AtomicLong durable = new AtomicLong();
    private final AtomicInteger flushes = new AtomicInteger();

    private void flush() {
        long upTo = committed.get();
        flushes.incrementAndGet();
        pause(1);
        durable.accumulateAndGet(upTo, Math::max);
    }

    @Test
    void shouldFlushOnceForEachCallOfALoneWriter() {
        GroupCommit groupCommit = new GroupCommit(this::flush, Duration.ofSeconds(5));
        for (int i = 1; i <= 3; i++) {
            long mine = committed.incrementAndGet();
            long started = System.nanoTime();

            groupCommit.awaitFlushed();

            assertThat(durable.get()).isGreaterThanOrEqualTo(mine);
            assertThat(flushes.get()).isEqualTo(i);
            assertThat(Duration.ofNanos(System.nanoTime() - started))
                    .as("a lone writer does not wait for the window")
                    .isLessThan(Duration.ofSeconds(2));
        }
    }

    @Test
    void shouldReturnOnlyOnceWhatEachWriterCommittedIsDurableAndShareFlushes() throws Exception {
        for (Duration window : List.of(Duration.ZERO, Duration.ofMillis(2))) {
            GroupCommit groupCommit = new GroupCommit(this::flush, window);
            int before = flushes.get();
            List<Callable<Boolean>> writes = new ArrayList<>();
            for (int i = 0; i < 800; i++) {
                writes.add(() -> {
                    long mine = committed.incrementAndGet();
                    groupCommit.awaitFlushed();
                    return durable.get() >= mine;
                });
            }

            List<Boolean> durableOnReturn = Concurrently.run(16, writes);

            assertThat(durableOnReturn).as("window %s", window).containsOnly(true);
            assertThat(flushes.get() - before)
                    .as("flushes for 800 writes by 16 writers, window %s", window)
                    .isLessThanOrEqualTo(400);
        }
    }

    @Test
    void shouldNotReleaseWaitersCoveredByAFailedFlush() throws Exception {
        CountDownLatch leaderFlushing = new CountDownLatch(1);
        CountDownLatch failLeader = new CountDownLatch(1);
        AtomicInteger attempts = new AtomicInteger();
        GroupCommit groupCommit = new GroupCommit(
                () -> {
                    if (attempts.incrementAndGet() == 1) {
                        leaderFlushing.countDown();
                        await(failLeader);
                        throw new IllegalStateException("disk full");
                    }
                    durable.set(committed.get());
                },
                Duration.ZERO);
        ExecutorService writers = Executors.newFixedThreadPool(2);
        try {
            committed.incrementAndGet();
            Future<?> leader = writers.submit(groupCommit::awaitFlushed);
            assertThat(leaderFlushing.await(10, TimeUnit.SECONDS)).isTrue();
            long waiterCommit = committed.incrementAndGet();
            Future<Long> waiter = writers.submit(() -> {
                groupCommit.awaitFlushed();
                return durable.get();
            });
            pause(50); // the waiter now waits for the leader's flush
            failLeader.countDown();

            assertThatThrownBy(() -> leader.get(10, TimeUnit.SECONDS)).hasRootCauseMessage("disk full");
            assertThat(waiter.get(10, TimeUnit.SECONDS))
                    .as("the waiter returns after a flush of its own that succeeded")
                    .isGreaterThanOrEqualTo(waiterCommit);
            assertThat(attempts.get()).isEqualTo(2);
        } finally {
            writers.shutdownNow();
        }
    }

    @Test
    void shouldRefuseANegativeWindow() {
        assertThatThrownBy(() -> new GroupCommit(() -> {}, Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
