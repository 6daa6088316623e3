package org.initlab.init;

import java.util.random.RandomGenerator;

/**
 * PyTorch's default bias for {@code nn.Linear}: b ~ {@value #FORMULA} (Keras starts biases at 0).
 * Used for weights it is the same distribution, U(±1/√fanIn): mean 0, std 1/√(3·fanIn), bound 1/√fanIn.
 */
public final class PytorchBias implements Initializer, LayerBias {
    /** The formula, stated once: the class comment, {@link #describe()} and the catalogue show it. */
    public static final String FORMULA = "U(±1/√fanIn) with the layer's fan-in";

    @Override
    public void fill(double[] weights, int fanIn, int fanOut, RandomGenerator random) {
        Check.length(name(), weights, fanIn, fanOut);
        uniform(weights, fanIn * fanOut, 1 / Math.sqrt(fanIn), random);
    }

    @Override
    public void fillBias(double[] bias, int layerFanIn, RandomGenerator random) {
        uniform(bias, bias.length, 1 / Math.sqrt(layerFanIn), random);
    }

    private static void uniform(double[] into, int n, double bound, RandomGenerator random) {
        for (int i = 0; i < n; i++) {
            into[i] = bound * (2 * random.nextDouble() - 1);
        }
    }

    @Override
    public String name() {
        return "pytorch-bias";
    }

    @Override
    public String formula() {
        return FORMULA;
    }

    @Override
    public String describe() {
        return FORMULA + " (PyTorch nn.Linear's bias)";
    }

    @Override
    public double expectedMean(int fanIn, int fanOut) {
        return 0;
    }

    @Override
    public double expectedStd(int fanIn, int fanOut) {
        return 1 / Math.sqrt(3.0 * fanIn);
    }

    @Override
    public double bound(int fanIn, int fanOut) {
        return 1 / Math.sqrt(fanIn);
    }
}
