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
    private static final GaussianSimpsonRule RULE = new GaussianSimpsonRule(4800, 12.0);
    private static final double[] NODES = RULE.nodes;
    private static final double[] WEIGHTS = RULE.weights;

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
