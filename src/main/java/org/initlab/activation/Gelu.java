package org.initlab.activation;

/**
 * GELU, <b>tanh approximation</b> (Hendrycks &amp; Gimpel 2016):
 * φ(z) = ½·z·(1 + tanh u) with u = √(2/π)·(z + 0.044715·z³);
 * φ'(z) = ½(1 + tanh u) + ½·z·(1 − tanh² u)·√(2/π)·(1 + 3·0.044715·z²).
 * It differs from the exact z·Φ(z) by less than 10⁻³. Gain √2 is <em>initlab's own choice</em>, treating it as
 * ReLU-like: PyTorch's table has no entry for GELU.
 */
public final class Gelu implements Activation {
    private static final double C = Math.sqrt(2.0 / Math.PI);
    private static final double K = 0.044715;

    @Override
    public String name() {
        return "gelu";
    }

    @Override
    public double apply(double z) {
        return 0.5 * z * (1.0 + ElementMath.tanh(C * (z + K * z * z * z)));
    }

    @Override
    public double derivative(double z, double a) {
        double t = ElementMath.tanh(C * (z + K * z * z * z));
        return 0.5 * (1.0 + t) + 0.5 * z * (1.0 - t * t) * C * (1.0 + 3.0 * K * z * z);
    }

    @Override
    public double gain() {
        return Math.sqrt(2.0);
    }
}
