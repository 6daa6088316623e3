package org.initlab.diagnostics;

import static org.initlab.diagnostics.Metric.ACT_EXAMPLE_STD;
import static org.initlab.diagnostics.Metric.ACT_MAX;
import static org.initlab.diagnostics.Metric.ACT_MEAN;
import static org.initlab.diagnostics.Metric.ACT_MIN;
import static org.initlab.diagnostics.Metric.ACT_STD;
import static org.initlab.diagnostics.Metric.DEAD_FRAC;
import static org.initlab.diagnostics.Metric.DIRECTIONS;
import static org.initlab.diagnostics.Metric.GRAD_ACT_NORM;
import static org.initlab.diagnostics.Metric.GRAD_ACT_STD;
import static org.initlab.diagnostics.Metric.GRAD_W_NORM;
import static org.initlab.diagnostics.Metric.GRAD_W_STD;
import static org.initlab.diagnostics.Metric.MEAN_COSINE;
import static org.initlab.diagnostics.Metric.PREACT_MEAN;
import static org.initlab.diagnostics.Metric.PREACT_STD;
import static org.initlab.diagnostics.Metric.SATURATED_FRAC;
import static org.initlab.diagnostics.Metric.WEIGHT_STD;
import static org.initlab.diagnostics.Metric.ZERO_FRAC;

import java.util.EnumMap;
import java.util.Map;
import org.initlab.activation.Activation;
import org.initlab.activation.Relu;
import org.initlab.activation.Sigmoid;
import org.initlab.activation.Tanh;
import org.initlab.autograd.Tensor;
import org.initlab.nn.Dense;

/**
 * What one layer looks like after a forward and backward pass: every {@link Metric} except the update ratio (which
 * needs the step after it, see {@link Recorder}).
 *
 * <p>Saturation thresholds: tanh |a| &gt; 0.97 (where tanh' &lt; 0.06), sigmoid a &lt; 0.03 or a &gt; 0.97 (where
 * sigmoid' &lt; 0.03); NaN for other activations. Dead fraction (ReLU only): units that output 0 for every
 * example of the batch, so that no gradient reaches their weights.
 */
public final class LayerStats {
    private LayerStats() {
    }

    /** Every metric of the layer (gradient metrics NaN when no backward pass reached it). */
    public static LayerMetrics of(Dense layer, double symmetryTolerance) {
        Map<Metric, Double> q = new EnumMap<>(Metric.class);
        Stats z = Stats.of(layer.lastPreActivation().value().data);
        double[] a = layer.lastActivation().value().data;
        Stats act = Stats.of(a);
        q.put(PREACT_MEAN, z.mean());
        q.put(PREACT_STD, z.std());
        q.put(ACT_MEAN, act.mean());
        q.put(ACT_STD, act.std());
        q.put(ACT_MIN, act.min());
        q.put(ACT_MAX, act.max());
        q.put(ACT_EXAMPLE_STD, exampleStd(a, layer.lastActivation().rows(), layer.fanOut()));
        q.put(SATURATED_FRAC, saturatedFraction(layer.activation(), a));
        q.put(DEAD_FRAC, layer.activation() instanceof Relu
                ? deadFraction(a, layer.lastActivation().rows(), layer.fanOut()) : Double.NaN);
        q.put(ZERO_FRAC, zeroFraction(a));
        Stats gradAct = gradStats(layer.lastActivation());
        q.put(GRAD_ACT_STD, gradAct.std());
        q.put(GRAD_ACT_NORM, gradAct.norm());
        Stats gradW = gradStats(layer.weights());
        q.put(GRAD_W_STD, gradW.std());
        q.put(GRAD_W_NORM, gradW.norm());
        double[] w = layer.weights().value().data;
        q.put(WEIGHT_STD, Stats.of(w).std());
        q.put(DIRECTIONS, (double) Symmetry.directions(w, layer.bias().value().data, layer.fanIn(),
                layer.fanOut(), symmetryTolerance));
        q.put(MEAN_COSINE, Symmetry.meanCosine(w, layer.fanIn(), layer.fanOut()));
        return new LayerMetrics(q);
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

    /** The share of entries of {@code a} that are exactly 0, between 0 and 1 (NaN for an empty array). */
    public static double zeroFraction(double[] a) {
        int zeros = 0;
        for (double v : a) {
            zeros += v == 0 ? 1 : 0;
        }
        return (double) zeros / a.length;
    }
}
