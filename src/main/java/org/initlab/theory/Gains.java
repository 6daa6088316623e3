package org.initlab.theory;

import org.initlab.activation.Activation;

/**
 * Initializer gains for an activation: the standard table and a numerically computed one.
 *
 * <p>{@link #table} is the activation's own recommended gain (PyTorch's {@code calculate_gain}: linear and
 * sigmoid 1, tanh 5/3, ReLU √2, leaky ReLU √(2/(1+a²)), SELU 3/4; √2 for ELU, softplus and GELU).
 *
 * <p>{@link #numeric} is the factor g with g²·E[φ(z)²] = E[z²] = 1 for z ~ N(0, 1): the gain that keeps the
 * second moment of a layer's input equal to that of its output when the pre-activations are unit Gaussian.
 * It agrees with the table exactly for linear (1) and ReLU (√2) and leaky ReLU, and shows where the table is a
 * convention: tanh 1.59 (table 5/3 = 1.67), sigmoid 1.85 (table 1: sigmoid's output is not centred and its
 * mean carries the second moment), SELU 1.00 (table 3/4), ELU 1.25, softplus 1.04, GELU 1.53 (table √2 for all three).
 */
public final class Gains {
    private Gains() {
    }

    /** The activation's recommended (table) gain. */
    public static double table(Activation activation) {
        return activation.gain();
    }

    /** 1/√E[φ(z)²] for z ~ N(0, 1). */
    public static double numeric(Activation activation) {
        double secondMoment = GaussianExpectation.of(z -> {
            double a = activation.apply(z);
            return a * a;
        });
        return 1.0 / Math.sqrt(secondMoment);
    }
}
