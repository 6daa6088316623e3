package org.initlab.init;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import org.initlab.autograd.Graph;
import org.initlab.autograd.Tensor;
import org.initlab.nn.Dense;
import org.initlab.nn.Mlp;

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
 */
public final class Lsuv implements DataDependent {
    private final double tolerance;
    private final int maxIterations;
    private final Orthogonal preInit = new Orthogonal(1.0);

    /** Creates it with the given settings (see the class comment for their meaning and defaults). */
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

    @Override
    public List<String> calibrate(Mlp network, Tensor batch) {
        List<String> lines = new ArrayList<>();
        Tensor h = batch;
        try (Graph.NoGrad off = Graph.noGrad()) {
            for (int l = 0; l < network.layers().size(); l++) {
                Dense layer = network.layers().get(l);
                double variance = Double.NaN;
                int iterations = 0;
                while (iterations < maxIterations) {
                    layer.forward(h);
                    variance = variance(layer.lastPreActivation().value().data);
                    if (!(variance > 0) || !Double.isFinite(variance) || Math.abs(variance - 1) < tolerance) {
                        break;
                    }
                    double[] w = layer.weights().value().data;
                    double factor = 1 / Math.sqrt(variance);
                    for (int i = 0; i < w.length; i++) {
                        w[i] *= factor;
                    }
                    iterations++;
                }
                h = layer.forward(h);
                variance = variance(layer.lastPreActivation().value().data);
                lines.add(String.format(Locale.ROOT, "layer %d: output variance %.4f after %d rescaling(s)%s",
                        l + 1, variance, iterations, Math.abs(variance - 1) < tolerance ? "" : " (not within tolerance)"));
            }
        }
        return lines;
    }

    static double variance(double[] values) {
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= values.length;
        double sum = 0;
        for (double v : values) {
            sum += (v - mean) * (v - mean);
        }
        return sum / values.length;
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
