package io.airisk;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs test calls at the same time, for the tests of concurrent writers. */
public final class Concurrently {

    private Concurrently() {}

    /**
     * Runs every call on a pool of {@code threads} threads and answers their results in the order
     * of the calls; the first call that failed makes this throw.
     */
    public static <T> List<T> run(int threads, List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> future : pool.invokeAll(calls)) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }
}
