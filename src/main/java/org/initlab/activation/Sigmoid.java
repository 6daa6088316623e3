package org.initlab.activation;

/**
 * Logistic sigmoid φ(z) = 1/(1 + e^(−z)), φ'(z) = φ(z)(1 − φ(z)) ≤ 1/4; gain 1 (the standard table's value,
 * although the slope at 0 is only 1/4 and the output is not centred: Glorot &amp; Bengio 2010 show why deep
 * sigmoid networks are hard to train).
 */
public final class Sigmoid implements Activation {
    @Override
    public String name() {
        return "sigmoid";
    }

    @Override
    public double apply(double z) {
        return logistic(z);
    }

    /** 1/(1 + e^(−z)) computed without overflow for large |z|. */
    public static double logistic(double z) {
        if (z >= 0) {
            return 1.0 / (1.0 + ElementMath.exp(-z));
        }
        double e = ElementMath.exp(z);
        return e / (1.0 + e);
    }

    @Override
    public double derivative(double z, double a) {
        return a * (1.0 - a);
    }

    @Override
    public void forward(double[] z, double[] a, int from, int to) {
        for (int i = from; i < to; i++) {
            a[i] = logistic(z[i]);
        }
    }

    @Override
    public void backward(double[] z, double[] a, double[] dA, double[] dZ, int from, int to) {
        for (int i = from; i < to; i++) {
            dZ[i] += dA[i] * a[i] * (1.0 - a[i]);
        }
    }

    @Override
    public double gain() {
        return 1.0;
    }
}
