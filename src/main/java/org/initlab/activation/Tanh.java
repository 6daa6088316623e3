package org.initlab.activation;

/** Hyperbolic tangent φ(z) = tanh z, φ'(z) = 1 − tanh² z; gain 5/3 (PyTorch's table). */
public final class Tanh implements Activation {
    @Override
    public String name() {
        return "tanh";
    }

    @Override
    public double apply(double z) {
        return Math.tanh(z);
    }

    @Override
    public double derivative(double z, double a) {
        return 1.0 - a * a;
    }

    @Override
    public double gain() {
        return 5.0 / 3.0;
    }
}
