package org.initlab.activation;

/**
 * Rectified linear unit φ(z) = max(0, z) (NaN stays NaN), φ'(z) = 1 for z &gt; 0 and 0 otherwise (0 at z = 0); gain √2,
 * because ReLU zeroes half of a symmetric input and so halves its second moment (He et al. 2015).
 */
public final class Relu implements Activation {
    @Override
    public String name() {
        return "relu";
    }

    @Override
    public double apply(double z) {
        return Math.max(z, 0.0); // NaN stays NaN, so an overflow is not hidden as a 0
    }

    @Override
    public double derivative(double z, double a) {
        return z > 0 ? 1.0 : 0.0;
    }

    @Override
    public void forward(double[] z, double[] a, int from, int to) {
        for (int i = from; i < to; i++) {
            a[i] = Math.max(z[i], 0.0);
        }
    }

    @Override
    public void backward(double[] z, double[] a, double[] dA, double[] dZ, int from, int to) {
        for (int i = from; i < to; i++) {
            if (z[i] > 0) {
                dZ[i] += dA[i];
            }
        }
    }

    @Override
    public double gain() {
        return Math.sqrt(2.0);
    }
}
