package org.initlab.theory;

import java.util.function.DoubleUnaryOperator;

/**
 * E[f(z)] for z ~ N(0, 1), by composite Simpson's rule on [−12, 12] with 4,800 intervals.
 *
 * <p>Simpson's rule is used rather than Gauss–Hermite because the functions integrated here have kinks (ReLU
 * and its derivative jump at 0), where a Gauss–Hermite rule converges slowly; with step 0.005 the error for the
 * activations in this project is below 1e-9, and the tails beyond 12 weigh less than 1e-32.
 */
public final class GaussianExpectation {
    private static final int INTERVALS = 4800;
    private static final double LIMIT = 12.0;
    private static final double[] NODES = new double[INTERVALS + 1];
    private static final double[] WEIGHTS = new double[INTERVALS + 1];

    static {
        double h = 2 * LIMIT / INTERVALS;
        for (int i = 0; i <= INTERVALS; i++) {
            double z = -LIMIT + i * h;
            double simpson = (i == 0 || i == INTERVALS) ? 1 : (i % 2 == 1 ? 4 : 2);
            NODES[i] = z;
            WEIGHTS[i] = simpson * h / 3 * Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);
        }
    }

    private GaussianExpectation() {
    }

    /** E[f(z)], z ~ N(0, 1). */
    public static double of(DoubleUnaryOperator f) {
        double sum = 0;
        for (int i = 0; i < NODES.length; i++) {
            sum += WEIGHTS[i] * f.applyAsDouble(NODES[i]);
        }
        return sum;
    }
}
