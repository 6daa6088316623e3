package org.initlab.init;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Every weight equal to one value c: W[i][j] = c. Draws no random numbers.
 *
 * <p>Name {@code constant} (parameter {@code value}); {@link Zeros} and {@link Ones} are its presets. Every unit
 * of a layer then computes the same function and receives the same gradient, so the units stay identical for
 * ever: the symmetry-breaking failure of lessons 2 and 3.
 */
public class Constant implements Initializer {
    private final double value;

    /** Creates it with the given settings (see the class comment for their meaning and defaults). */
    public Constant(double value) {
        this.value = Check.finite("constant", "value", value);
    }

    /** The value. */
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
    public String describe() {
        return "W = " + value + " everywhere";
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
