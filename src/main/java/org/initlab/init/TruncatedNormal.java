package org.initlab.init;

import java.util.random.RandomGenerator;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * W ~ {@value #FORMULA}: truncated, the tails cut off.
 *
 * <p>Truncation removes the tails, so the weights' actual std is smaller than the parameter {@code std}:
 * std·√(1 − 2cφ(c)/(2Φ(c) − 1)) for a cut of c std, where φ and Φ are the standard normal density and
 * distribution. For the default cut c = 2 the factor is 0.8796. Keras's {@code TruncatedNormal} cuts at 2 std
 * like this (and its variance scaling divides by 0.8796 first to undo the loss). PyTorch's {@code trunc_normal_}
 * differs: its cut-offs {@code a}, {@code b} are <em>absolute</em> values (default −2 and 2), not multiples of the
 * std, so with a small std such as 0.02 it truncates practically nothing; it matches this class only when called
 * with {@code a = mean − cut·std, b = mean + cut·std}. Name {@code truncated-normal}, parameters
 * {@code mean} (0), {@code std} (0.01), {@code cut} (2, in units of std).
 */
public final class TruncatedNormal implements Initializer {
    /** The formula, stated once: the class comment, {@link #describe()} and the catalogue show it. */
    public static final String FORMULA = "N(mean, std²) redrawn outside mean ± cut·std";

    private final double mean;
    private final double std;
    private final double cut;

    /** N(mean, std²) redrawn outside mean ± cut·std; std and cut positive. */
    public TruncatedNormal(double mean, double std, double cut) {
        this.mean = Check.finite("truncated-normal", "mean", mean);
        this.std = Check.nonNegative("truncated-normal", "std", std);
        this.cut = Check.positive("truncated-normal", "cut", cut);
    }

    /** The std of the normal before truncation. */
    public double std() {
        return std;
    }

    /** The cut, in units of std. */
    public double cut() {
        return cut;
    }

    /** The std of N(0, 1) truncated to [−cut, cut]: √(1 − 2cφ(c)/(2Φ(c) − 1)). */
    public static double stdFactor(double cut) {
        NormalDistribution n = NormalDistribution.of(0, 1);
        double mass = 2 * n.cumulativeProbability(cut) - 1;
        return Math.sqrt(1 - 2 * cut * n.density(cut) / mass);
    }

    /** One draw of N(0, 1) truncated to [−cut, cut]. */
    static double draw(RandomGenerator random, double cut) {
        double z;
        do {
            z = random.nextGaussian();
        } while (Math.abs(z) > cut);
        return z;
    }

    @Override
    public void fill(double[] weights, int fanIn, int fanOut, RandomGenerator random) {
        Check.length(name(), weights, fanIn, fanOut);
        for (int i = 0; i < fanIn * fanOut; i++) {
            weights[i] = mean + std * draw(random, cut);
        }
    }

    @Override
    public String name() {
        return "truncated-normal";
    }

    @Override
    public String formula() {
        return FORMULA;
    }

    @Override
    public String describe() {
        return Formula.render(FORMULA, "mean", mean, "std", std, "cut", cut);
    }

    @Override
    public double expectedMean(int fanIn, int fanOut) {
        return mean;
    }

    @Override
    public double expectedStd(int fanIn, int fanOut) {
        return std * stdFactor(cut);
    }

    @Override
    public double bound(int fanIn, int fanOut) {
        return cut * std;
    }
}
