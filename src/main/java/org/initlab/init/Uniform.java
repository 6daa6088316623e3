package org.initlab.init;

import java.util.random.RandomGenerator;

/**
 * W ~ U(low, high): mean (low + high)/2, std (high − low)/√12.
 * Name {@code uniform}, parameters {@code low} (default −0.05) and {@code high} (default 0.05), as in Keras's
 * RandomUniform.
 */
public final class Uniform implements Initializer {
    private final double low;
    private final double high;

    /** Creates it with the given settings (see the class comment for their meaning and defaults). */
    public Uniform(double low, double high) {
        Check.finite("uniform", "low", low);
        Check.finite("uniform", "high", high);
        if (!(low < high)) {
            throw new IllegalArgumentException("uniform: low must be below high, got low=" + low + ", high=" + high);
        }
        this.low = low;
        this.high = high;
    }

    @Override
    public void fill(double[] weights, int fanIn, int fanOut, RandomGenerator random) {
        Check.length(name(), weights, fanIn, fanOut);
        for (int i = 0; i < fanIn * fanOut; i++) {
            weights[i] = low + (high - low) * random.nextDouble();
        }
    }

    @Override
    public String name() {
        return "uniform";
    }

    @Override
    public String describe() {
        return "U(" + low + ", " + high + ")";
    }

    @Override
    public double expectedMean(int fanIn, int fanOut) {
        return (low + high) / 2;
    }

    @Override
    public double expectedStd(int fanIn, int fanOut) {
        return (high - low) / Math.sqrt(12);
    }

    @Override
    public double bound(int fanIn, int fanOut) {
        return (high - low) / 2;
    }
}
