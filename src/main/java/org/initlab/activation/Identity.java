package org.initlab.activation;

/** φ(z) = z, φ'(z) = 1; gain 1. Used for output layers (logits) and for linear networks. */
public final class Identity implements Activation {
    @Override
    public String name() {
        return "identity";
    }

    @Override
    public double apply(double z) {
        return z;
    }

    @Override
    public double derivative(double z, double a) {
        return 1.0;
    }

    @Override
    public double gain() {
        return 1.0;
    }
}
