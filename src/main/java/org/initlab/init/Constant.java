package org.initlab.init;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Every weight equal to one value: {@value #FORMULA}. Draws no random numbers.
 *
 * <p>Name {@code constant} (parameter {@code value}); {@link Zeros} and {@link Ones} are its presets. Every unit
 * of a layer then computes the same function and receives the same gradient, so the units stay identical for
 * ever: the symmetry-breaking failure of lessons 2 and 3.
 */
public class Constant implements Initializer {
    /** The formula, stated once: the class comment, {@link #describe()} and the catalogue show it. */
    public static final String FORMULA = "W = value everywhere";

    private final double value;

    /** Every entry {@code value} (finite). */
    public Constant(double value) {
        this.value = Check.finite("constant", "value", value);
    }

    /** The value every weight gets (finite; 0 for {@link Zeros}, 1 for {@link Ones}). */
    public double value() {
        return value;
    }

    @Override
    public void fill(double[] weights, int fanIn, int fanOut, RandomGenerator random) {
        Check.length(name(), weights, fanIn, fanOut);
        Arrays.fill(weights, 0, fanIn * fanOut, value);
    }

    @Override
    public String name() {
        return "constant";
    }

    @Override
    public String formula() {
        return FORMULA;
    }

    @Override
    public String describe() {
        return Formula.render(FORMULA, "value", value);
    }

    @Override
    public double expectedMean(int fanIn, int fanOut) {
        return value;
    }

    @Override
    public double expectedStd(int fanIn, int fanOut) {
        return 0;
    }

    @Override
    public double bound(int fanIn, int fanOut) {
        return 0;
    }
}
