package org.initlab.activation;

/**
 * Softplus φ(z) = ln(1 + e^z), computed as max(z, 0) + ln(1 + e^(−|z|)) so it never overflows;
 * φ'(z) = sigmoid(z). Gain √2 is <em>initlab's own choice</em>, treating it as a smooth ReLU: PyTorch's table
 * has no entry for softplus.
 */
public final class Softplus implements Activation {
    @Override
    public String name() {
        return "softplus";
    }

    @Override
    public double apply(double z) {
        return Math.max(z, 0.0) + ElementMath.log1p(ElementMath.exp(-Math.abs(z)));
    }

    @Override
    public double derivative(double z, double a) {
        return Sigmoid.logistic(z);
    }

    @Override
    public double gain() {
        return Math.sqrt(2.0);
    }
}
