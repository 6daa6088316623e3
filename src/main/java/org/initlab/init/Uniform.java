package org.initlab.init;

import java.util.random.RandomGenerator;

/**
 * W ~ {@value #FORMULA}: mean (low + high)/2, std (high − low)/√12.
 * Name {@code uniform}, parameters {@code low} (default −0.05) and {@code high} (default 0.05), as in Keras's
 * RandomUniform.
 */
public final class Uniform implements Initializer {
    /** The formula, stated once: the class comment, {@link #describe()} and the catalogue show it. */
    public static final String FORMULA = "U(low, high)";

    private final double low;
    private final double high;

    /** W ~ U(low, high); low < high, both finite. */
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
    public String formula() {
        return FORMULA;
    }

    @Override
    public String describe() {
        return Formula.render(FORMULA, "low", low, "high", high);
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
