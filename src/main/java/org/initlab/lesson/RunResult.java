package org.initlab.lesson;

import java.util.List;
import org.initlab.diagnostics.Recorder;
import org.initlab.nn.Mlp;
import org.initlab.train.EpochRecord;
import org.initlab.train.History;

/**
 * A finished run: its spec, the trained network, the history, the diagnostics, and a copy of every layer's
 * weights and biases as initialized (to show what moved).
 */
public record RunResult(RunSpec spec, Mlp network, History history, Recorder recorder, List<double[]> initialWeights,
                        List<double[]> initialBiases) {
    /** The spec's label: the run's name in legends, panel titles and findings. */
    public String label() {
        return spec.label();
    }

    /** ‖W_end − W_start‖ of layer l (1-based; the output layer last). */
    public double weightChange(int layer) {
        return distance(network.layers().get(layer - 1).weights().value().data, initialWeights.get(layer - 1));
    }

    /** ‖b_end − b_start‖ of layer l. */
    public double biasChange(int layer) {
        return distance(network.layers().get(layer - 1).bias().value().data, initialBiases.get(layer - 1));
    }

    private static double distance(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return Math.sqrt(s);
    }

    /** Test-set accuracy after the last recorded epoch, between 0 and 1. */
    public double finalTestAccuracy() {
        return history.last().testAccuracy();
    }

    /** Mean mini-batch training loss of the last recorded epoch (see {@link EpochRecord}). */
    public double finalTrainLoss() {
        return history.last().trainLoss();
    }

    /** True when training stopped early on a NaN or infinite loss, gradient or weight ({@link History#divergence}). */
    public boolean diverged() {
        return history.divergence().isPresent();
    }
}
