package org.initlab.fast;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;

/**
 * Splits a large elementwise loop over {@link Kernels#threads()} threads. Every element is computed by the same
 * code whatever the split, so the result does not depend on the number of threads.
 */
final class ParallelLoop {
    /** Below this many elements a loop runs on the calling thread. */
    static final int MIN_PARALLEL = 1 << 16;
    private static volatile ForkJoinPool pool;

    /** A loop body over [from, to). */
    @FunctionalInterface
    interface Body {
        void run(int from, int to);
    }

    private ParallelLoop() {
    }

    static void forRange(int n, Body body) {
        int threads = Kernels.threads();
        if (threads <= 1 || n < MIN_PARALLEL) {
            body.run(0, n);
            return;
        }
        pool(threads).invoke(new RecursiveAction() {
            @Override
            protected void compute() {
                RecursiveAction[] parts = new RecursiveAction[threads];
                for (int t = 0; t < threads; t++) {
                    int from = (int) ((long) n * t / threads);
                    int to = (int) ((long) n * (t + 1) / threads);
                    parts[t] = new RecursiveAction() {
                        @Override
                        protected void compute() {
                            body.run(from, to);
                        }
                    };
                }
                invokeAll(parts);
            }
        });
    }

    private static ForkJoinPool pool(int threads) {
        ForkJoinPool p = pool;
        if (p == null || p.getParallelism() != threads) {
            synchronized (ParallelLoop.class) {
                p = pool;
                if (p == null || p.getParallelism() != threads) {
                    p = new ForkJoinPool(threads, ForkJoinPool.defaultForkJoinWorkerThreadFactory, null, false);
                    pool = p;
                }
            }
        }
        return p;
    }
}
