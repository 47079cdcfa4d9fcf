package io.airisk.common.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.airisk.Concurrently;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    /** Stands for the database: commits count up in memory, a flush makes all of them durable. */
    private final AtomicLong committed = new AtomicLong();

    private final AtomicLong durable = new AtomicLong();
    private final AtomicInteger flushes = new AtomicInteger();
    private final ExecutorService flusher = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopFlusher() {
        flusher.shutdownNow();
    }

    private void flush() {
        long upTo = committed.get();
        flushes.incrementAndGet();
        pause(1);
        durable.accumulateAndGet(upTo, Math::max);
    }

    /** A lone writer never waits for the window: one of an hour would outlast {@link #join}'s wait. */
    @Test
    void shouldFlushOnceForEachCallOfALoneWriter() {
        GroupCommit groupCommit = new GroupCommit(this::flush, Duration.ofHours(1), flusher);
        for (int i = 1; i <= 3; i++) {
            long mine = committed.incrementAndGet();

            join(groupCommit.flushed());

            assertThat(durable.get()).isGreaterThanOrEqualTo(mine);
            assertThat(flushes.get()).isEqualTo(i);
        }
    }

    @Test
    void shouldCompleteOnlyOnceWhatEachWriterCommittedIsDurableAndShareFlushes() throws Exception {
        for (Duration window : List.of(Duration.ZERO, Duration.ofMillis(2))) {
            GroupCommit groupCommit = new GroupCommit(this::flush, window, flusher);
            int before = flushes.get();
            List<Callable<Boolean>> writes = new ArrayList<>();
            for (int i = 0; i < 800; i++) {
                writes.add(() -> {
                    long mine = committed.incrementAndGet();
                    join(groupCommit.flushed());
                    return durable.get() >= mine;
                });
            }

            List<Boolean> durableOnCompletion = Concurrently.run(16, writes);

            assertThat(durableOnCompletion).as("window %s", window).containsOnly(true);
            assertThat(flushes.get() - before)
                    .as("flushes for 800 writes by 16 writers, window %s", window)
                    .isLessThanOrEqualTo(400);
        }
    }

    @Test
    void shouldLetOneThreadWaitForManyWritesAtOnce() {
        GroupCommit groupCommit = new GroupCommit(this::flush, Duration.ZERO, flusher);
        List<CompletableFuture<Boolean>> answers = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            long mine = committed.incrementAndGet();
            answers.add(groupCommit
                    .flushed()
                    .thenApply(done -> durable.get() >= mine)
                    .toCompletableFuture());
        }

        assertThat(answers).allSatisfy(answer -> assertThat(join(answer)).isTrue());
        assertThat(flushes.get())
                .as("200 writes that one thread did not wait for, each flush taking 1 ms")
                .isLessThan(100);
    }

    @Test
    void shouldFailTheWritersAFailedFlushCoveredAndFlushTheNextOnesAgain() {
        CountDownLatch firstFlushing = new CountDownLatch(1);
        CountDownLatch failFirst = new CountDownLatch(1);
        AtomicInteger attempts = new AtomicInteger();
        GroupCommit groupCommit = new GroupCommit(
                () -> {
                    if (attempts.incrementAndGet() == 1) {
                        firstFlushing.countDown();
                        await(failFirst);
                        throw new IllegalStateException("disk full");
                    }
                    durable.set(committed.get());
                },
                Duration.ZERO,
                flusher);

        committed.incrementAndGet();
        CompletableFuture<Void> covered = groupCommit.flushed().toCompletableFuture();
        await(firstFlushing);
        long laterCommit = committed.incrementAndGet();
        CompletableFuture<Long> later =
                groupCommit.flushed().thenApply(done -> durable.get()).toCompletableFuture();
        failFirst.countDown();

        assertThatThrownBy(() -> join(covered)).hasRootCauseMessage("disk full");
        assertThat(join(later))
                .as("a writer that came after the failed flush began completes after one of its own")
                .isGreaterThanOrEqualTo(laterCommit);
        assertThat(attempts.get()).isEqualTo(2);
    }

    @Test
    void shouldFailAWriterWhoseFlushCannotBeScheduledAndTryAgainForTheNext() {
        AtomicInteger offered = new AtomicInteger();
        GroupCommit groupCommit = new GroupCommit(this::flush, Duration.ZERO, task -> {
            if (offered.incrementAndGet() == 1) {
                throw new RejectedExecutionException("shutting down");
            }
            flusher.execute(task);
        });

        assertThatThrownBy(() -> join(groupCommit.flushed())).hasRootCauseMessage("shutting down");
        long mine = committed.incrementAndGet();
        join(groupCommit.flushed());
        assertThat(durable.get()).isGreaterThanOrEqualTo(mine);
    }

    @Test
    void shouldRefuseANegativeWindow() {
        assertThatThrownBy(() -> new GroupCommit(() -> {}, Duration.ofMillis(-1), flusher))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static <T> T join(CompletionStage<T> stage) {
        try {
            return stage.toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
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
