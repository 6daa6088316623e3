package org.initlab.autograd;

/**
 * Switches graph recording off for the current thread, for evaluation and for probing big networks:
 * <pre>{@code
 * import org.initlab.autograd.Graph;
 * import org.initlab.autograd.Tensor;
 *
 * Tensor w = Tensor.parameter(new double[][] {{0.5}});
 * try (Graph.NoGrad off = Graph.noGrad()) {
 *     Tensor out = Tensor.of(new double[][] {{2.0}}).matmul(w).tanh();   // values only, nothing kept for backward
 *     System.out.println(out.item() + " " + out.requiresGrad());          // 0.7615941559557649 false
 * }
 * }</pre>
 */
public final class Graph {
    private static final ThreadLocal<int[]> OFF_DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    private Graph() {
    }

    /** Whether ops on this thread record the graph (true unless inside {@link #noGrad()}). */
    public static boolean isRecording() {
        return OFF_DEPTH.get()[0] == 0;
    }

    /** Stops recording until the returned handle is closed; calls nest. */
    public static NoGrad noGrad() {
        OFF_DEPTH.get()[0]++;
        return new NoGrad();
    }

    /** Handle returned by {@link #noGrad()}; closing it restores recording. */
    public static final class NoGrad implements AutoCloseable {
        private boolean closed;

        private NoGrad() {
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                OFF_DEPTH.get()[0]--;
            }
        }
    }
}
