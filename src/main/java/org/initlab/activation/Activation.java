package org.initlab.activation;

/**
 * An elementwise nonlinearity a = φ(z) with its derivative φ'(z), and the initializer gain recommended for it.
 *
 * <p>The gain is the factor by which an initializer's standard deviation is multiplied so that a layer
 * followed by this activation neither shrinks nor grows the signal (the "standard table" of PyTorch's
 * {@code calculate_gain}: linear and sigmoid 1, tanh 5/3, ReLU √2, leaky ReLU √(2/(1+a²)), SELU 3/4).
 *
 * <p>To write your own, implement {@link #apply}, {@link #derivative} and {@link #name}; the bulk methods
 * have loops that call them.
 */
public interface Activation {
    /** The stable name used on the command line, in reports and in plots (e.g. {@code tanh}). */
    String name();

    /** φ(z). */
    double apply(double z);

    /**
     * φ'(z). Both z and a = φ(z) are given so that an implementation can use whichever is cheaper
     * (tanh' = 1 − a², sigmoid' = a(1 − a)).
     */
    double derivative(double z, double a);

    /** The recommended initializer gain for this activation (see the class comment). */
    double gain();

    /** a[i] = φ(z[i]) for from ≤ i &lt; to (a modified, z not modified). */
    default void forward(double[] z, double[] a, int from, int to) {
        for (int i = from; i < to; i++) {
            a[i] = apply(z[i]);
        }
    }

    /** dZ[i] += dA[i]·φ'(z[i]) for from ≤ i &lt; to (dZ modified; the others not modified). */
    default void backward(double[] z, double[] a, double[] dA, double[] dZ, int from, int to) {
        for (int i = from; i < to; i++) {
            dZ[i] += dA[i] * derivative(z[i], a[i]);
        }
    }
}
