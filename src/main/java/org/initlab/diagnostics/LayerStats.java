package org.initlab.diagnostics;

import java.util.LinkedHashMap;
import java.util.Map;
import org.initlab.activation.Activation;
import org.initlab.activation.Relu;
import org.initlab.activation.Sigmoid;
import org.initlab.activation.Tanh;
import org.initlab.autograd.Tensor;
import org.initlab.nn.Dense;

/**
 * What one layer looks like after a forward and backward pass: the quantities of the diagnostics CSV.
 *
 * <p>Saturation thresholds: tanh |a| &gt; 0.97 (where tanh' &lt; 0.06), sigmoid a &lt; 0.03 or a &gt; 0.97 (where
 * sigmoid' &lt; 0.03); NaN for other activations. Dead fraction (ReLU only): units that output 0 for every
 * example of the batch, so that no gradient reaches their weights.
 */
public final class LayerStats {
    /** The quantities, in CSV order. */
    public static final String[] QUANTITIES = {"preact_mean", "preact_std", "act_mean", "act_std", "act_min",
        "act_max", "act_example_std", "saturated_frac", "dead_frac", "zero_frac", "grad_act_std", "grad_act_norm", "grad_w_std",
        "grad_w_norm", "weight_std", "directions", "mean_cosine"};

    private LayerStats() {
    }

    /** Every quantity of the layer (gradient quantities NaN when no backward pass reached it). */
    public static Map<String, Double> of(Dense layer, double symmetryTolerance) {
        Map<String, Double> q = new LinkedHashMap<>();
        Stats z = Stats.of(layer.lastPreActivation().value().data);
        double[] a = layer.lastActivation().value().data;
        Stats act = Stats.of(a);
        q.put("preact_mean", z.mean());
        q.put("preact_std", z.std());
        q.put("act_mean", act.mean());
        q.put("act_std", act.std());
        q.put("act_min", act.min());
        q.put("act_max", act.max());
        q.put("act_example_std", exampleStd(a, layer.lastActivation().rows(), layer.fanOut()));
        q.put("saturated_frac", saturatedFraction(layer.activation(), a));
        q.put("dead_frac", layer.activation() instanceof Relu
                ? deadFraction(a, layer.lastActivation().rows(), layer.fanOut()) : Double.NaN);
        q.put("zero_frac", zeroFraction(a));
        Stats gradAct = gradStats(layer.lastActivation());
        q.put("grad_act_std", gradAct.std());
        q.put("grad_act_norm", gradAct.norm());
        Stats gradW = gradStats(layer.weights());
        q.put("grad_w_std", gradW.std());
        q.put("grad_w_norm", gradW.norm());
        double[] w = layer.weights().value().data;
        q.put("weight_std", Stats.of(w).std());
        q.put("directions", (double) Symmetry.directions(w, layer.bias().value().data, layer.fanIn(),
                layer.fanOut(), symmetryTolerance));
        q.put("mean_cosine", Symmetry.meanCosine(w, layer.fanIn(), layer.fanOut()));
        return q;
    }

    private static Stats gradStats(Tensor t) {
        return t.grad() == null ? new Stats(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN)
                : Stats.of(t.grad().data);
    }

    /**
     * √(mean over units of each unit's variance across the examples): the spread that carries information about the
     * input. The plain std of all entries also counts differences between units that are the same for every
     * example (a unit stuck at its own constant), which say nothing about the input.
     */
    public static double exampleStd(double[] a, int rows, int units) {
        double total = 0;
        for (int j = 0; j < units; j++) {
            double mean = 0;
            for (int i = 0; i < rows; i++) {
                mean += a[i * units + j];
            }
            mean /= rows;
            double var = 0;
            for (int i = 0; i < rows; i++) {
                double d = a[i * units + j] - mean;
                var += d * d;
            }
            total += var / rows;
        }
        return Math.sqrt(total / units);
    }

    /** The fraction of activations in the flat, saturated ends (NaN for activations without such ends). */
    public static double saturatedFraction(Activation phi, double[] a) {
        if (!(phi instanceof Tanh) && !(phi instanceof Sigmoid)) {
            return Double.NaN;
        }
        int count = 0;
        for (double v : a) {
            boolean saturated = phi instanceof Tanh ? Math.abs(v) > 0.97 : (v < 0.03 || v > 0.97);
            count += saturated ? 1 : 0;
        }
        return (double) count / a.length;
    }

    /** The fraction of units (columns) that are zero for every row. */
    public static double deadFraction(double[] a, int rows, int units) {
        int dead = 0;
        for (int j = 0; j < units; j++) {
            boolean allZero = true;
            for (int i = 0; i < rows && allZero; i++) {
                allZero = a[i * units + j] == 0;
            }
            dead += allZero ? 1 : 0;
        }
        return (double) dead / units;
    }

    /** Returns the zero fraction for the given arguments (see the class comment). */
    public static double zeroFraction(double[] a) {
        int zeros = 0;
        for (double v : a) {
            zeros += v == 0 ? 1 : 0;
        }
        return (double) zeros / a.length;
    }
}
