package org.initlab.init;

import java.util.random.RandomGenerator;

/**
 * W ~ {@value #FORMULA}. The second parameter is always the <b>standard deviation</b>, never the variance:
 * "N(0, 0.01)" in many texts does not say which it means, and the two differ by a factor of 10 in scale
 * (std 0.01 against std 0.1). Name {@code normal}, parameters {@code mean} (default 0) and {@code std}
 * (default 0.01).
 */
public final class Normal implements Initializer {
    /** The formula, stated once: the class comment, {@link #describe()} and the catalogue show it. */
    public static final String FORMULA = "N(mean, std²)";

    private final double mean;
    private final double std;

    /** W ~ N(mean, std²); std must be positive (it is the standard deviation, not the variance). */
    public Normal(double mean, double std) {
        this.mean = Check.finite("normal", "mean", mean);
        this.std = Check.nonNegative("normal", "std", std);
    }

    @Override
    public void fill(double[] weights, int fanIn, int fanOut, RandomGenerator random) {
        Check.length(name(), weights, fanIn, fanOut);
        for (int i = 0; i < fanIn * fanOut; i++) {
            weights[i] = mean + std * random.nextGaussian();
        }
    }

    @Override
    public String name() {
        return "normal";
    }

    @Override
    public String formula() {
        return FORMULA;
    }

    @Override
    public String describe() {
        return Formula.render(FORMULA, "mean", mean, "std", std) + ", std " + VarianceScaling.format(std);
    }

    @Override
    public double expectedMean(int fanIn, int fanOut) {
        return mean;
    }

    @Override
    public double expectedStd(int fanIn, int fanOut) {
        return std;
    }
}
