package org.initlab.init;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * W = {@value #FORMULA}: ones on the leading diagonal (W[i][i] for i &lt; min(fanIn, fanOut)), zeros elsewhere, as in
 * PyTorch's {@code eye_}; used by Le, Jaitly &amp; Hinton 2015 (IRNN) for recurrent weights. Each unit i copies
 * input i, so the network starts as (a truncation of) the identity map. Draws no random numbers.
 * Name {@code identity}, parameter {@code gain} (default 1).
 */
public final class IdentityWeights implements Initializer {
    /** The formula, stated once: the class comment, {@link #describe()} and the catalogue show it. */
    public static final String FORMULA = "gain·I (leading diagonal)";

    private final double gain;

    /** W = gain·I (rectangular: the leading diagonal). */
    public IdentityWeights(double gain) {
        this.gain = Check.finite("identity", "gain", gain);
    }

    @Override
    public void fill(double[] weights, int fanIn, int fanOut, RandomGenerator random) {
        Check.length(name(), weights, fanIn, fanOut);
        Arrays.fill(weights, 0, fanIn * fanOut, 0.0);
        for (int i = 0; i < Math.min(fanIn, fanOut); i++) {
            weights[i * fanOut + i] = gain;
        }
    }

    @Override
    public String name() {
        return "identity";
    }

    @Override
    public String formula() {
        return FORMULA;
    }

    @Override
    public String describe() {
        return FORMULA + ", gain = " + VarianceScaling.format(gain);
    }

    @Override
    public double expectedMean(int fanIn, int fanOut) {
        return gain * Math.min(fanIn, fanOut) / ((double) fanIn * fanOut);
    }

    @Override
    public double expectedStd(int fanIn, int fanOut) {
        double p = Math.min(fanIn, fanOut) / ((double) fanIn * fanOut);
        return Math.abs(gain) * Math.sqrt(p * (1 - p));
    }

    @Override
    public double bound(int fanIn, int fanOut) {
        return Math.abs(gain) + Math.abs(expectedMean(fanIn, fanOut));
    }
}
