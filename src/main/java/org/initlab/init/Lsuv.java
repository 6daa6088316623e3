package org.initlab.init;

import java.util.random.RandomGenerator;

/**
 * Layer-sequential unit-variance initialization (Mishkin &amp; Matas 2015, "All you need is a good init").
 * <ol>
 *   <li>Pre-initialize every layer with {@link Orthogonal} (gain 1).</li>
 *   <li>From the first layer to the last: push a batch through, measure the variance v of the layer's output
 *       z = x·W + b (before the activation, as in the paper), and divide W by √v; repeat until
 *       |v − 1| &lt; tolerance or maxIterations is reached. Earlier layers are then fixed.</li>
 * </ol>
 * It needs data, so it makes any activation and depth start with unit-variance pre-activations without a formula.
 * Parameters {@code tolerance} (default 0.1) and {@code max-iterations} (default 10).
 *
 * <p>This class is step 1 and the settings; step 2 needs a network, so it lives beside the network:
 * {@code org.initlab.nn.LsuvCalibration}, which {@code Mlp.initialize(weights, biases, seed, batch)} runs.
 */
public final class Lsuv implements DataDependent {
    private final double tolerance;
    private final int maxIterations;
    private final Orthogonal preInit = new Orthogonal(1.0);

    /**
     * LSUV that rescales each layer until |Var(z) − 1| &lt; {@code tolerance}, at most
     * {@code maxIterations} times.
     */
    public Lsuv(double tolerance, int maxIterations) {
        this.tolerance = Check.positive("lsuv", "tolerance", tolerance);
        if (maxIterations < 1) {
            throw new IllegalArgumentException("lsuv: max-iterations must be at least 1, got " + maxIterations);
        }
        this.maxIterations = maxIterations;
    }

    @Override
    public void fill(double[] weights, int fanIn, int fanOut, RandomGenerator random) {
        Check.length(name(), weights, fanIn, fanOut);
        preInit.fill(weights, fanIn, fanOut, random);
    }

    /** Stop rescaling a layer once |Var(z) − 1| is below this. */
    public double tolerance() {
        return tolerance;
    }

    /** Rescalings per layer at the most. */
    public int maxIterations() {
        return maxIterations;
    }

    @Override
    public String name() {
        return "lsuv";
    }

    @Override
    public String describe() {
        return "orthogonal, then each layer's W scaled until Var(z) = 1 ± " + tolerance + " (≤ " + maxIterations
                + " iterations)";
    }

    /** Of the orthogonal pre-initialization (before the data rescales it). */
    @Override
    public double expectedMean(int fanIn, int fanOut) {
        return preInit.expectedMean(fanIn, fanOut);
    }

    /** Of the orthogonal pre-initialization (before the data rescales it). */
    @Override
    public double expectedStd(int fanIn, int fanOut) {
        return preInit.expectedStd(fanIn, fanOut);
    }

    /** Of the orthogonal pre-initialization (before the data rescales it). */
    @Override
    public double bound(int fanIn, int fanOut) {
        return preInit.bound(fanIn, fanOut);
    }
}
