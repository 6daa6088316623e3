package org.initlab.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.initlab.autograd.Graph;
import org.initlab.autograd.Tensor;
import org.initlab.init.Lsuv;

/**
 * Step 2 of {@link Lsuv} (Mishkin &amp; Matas 2015), the part that needs a network: from the first layer to the last,
 * push the batch through, measure the variance v of the layer's output z = x·W + b (before the activation, as in the
 * paper), and divide W by √v; repeat until |v − 1| &lt; tolerance or max-iterations is reached. Earlier layers are
 * then fixed. {@code Mlp.initialize(weights, biases, seed, batch)} runs it.
 */
final class LsuvCalibration {
    private LsuvCalibration() {
    }

    /** Rescales {@code network}'s weights (modified) on {@code batch} (not modified); one line per layer. */
    static List<String> calibrate(Mlp network, Lsuv lsuv, Tensor batch) {
        List<String> lines = new ArrayList<>();
        Tensor h = batch;
        try (Graph.NoGrad off = Graph.noGrad()) {
            for (int l = 0; l < network.layers().size(); l++) {
                Dense layer = network.layers().get(l);
                double variance = Double.NaN;
                int iterations = 0;
                while (iterations < lsuv.maxIterations()) {
                    layer.forward(h);
                    variance = variance(layer.lastPreActivation().value().data);
                    if (!(variance > 0) || !Double.isFinite(variance) || Math.abs(variance - 1) < lsuv.tolerance()) {
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
                String within = Math.abs(variance - 1) < lsuv.tolerance() ? "" : " (not within tolerance)";
                lines.add(String.format(Locale.ROOT, "layer %d: output variance %.4f after %d rescaling(s)%s", l + 1,
                        variance, iterations, within));
            }
        }
        return lines;
    }

    /** The population variance (1/n)·Σ(v − mean)². */
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
}
