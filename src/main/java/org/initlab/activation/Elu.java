package org.initlab.activation;

/**
 * Exponential linear unit (Clevert et al. 2015) φ(z) = z for z &gt; 0 and α(e^z − 1) otherwise, α = 1;
 * φ'(z) = 1 or φ(z) + α. Gain √2 is <em>initlab's own choice</em>, not a published value: PyTorch's table has
 * no entry for ELU, and √2 treats it as ReLU-like (its numeric variance-preserving gain is lower, about 1.25;
 * see {@code Gains.numeric}).
 */
public final class Elu implements Activation {
    private final double alpha;

    /** α = 1, the usual ELU: α(eᶻ − 1) for z < 0. */
    public Elu() {
        this(1.0);
    }

    /** φ(z) = z for z ≥ 0, α(eᶻ − 1) below; α > 0 is the value approached as z → −∞ (negated). */
    public Elu(double alpha) {
        if (!Double.isFinite(alpha) || alpha <= 0) {
            throw new IllegalArgumentException("elu: alpha must be a positive number, got " + alpha);
        }
        this.alpha = alpha;
    }

    @Override
    public String name() {
        return alpha == 1.0 ? "elu" : "elu:" + alpha;
    }

    @Override
    public double apply(double z) {
        return z > 0 ? z : alpha * ElementMath.expm1(z);
    }

    @Override
    public double derivative(double z, double a) {
        return z > 0 ? 1.0 : a + alpha;
    }

    @Override
    public double gain() {
        return Math.sqrt(2.0);
    }
}
