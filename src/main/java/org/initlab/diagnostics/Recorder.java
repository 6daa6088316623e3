package org.initlab.diagnostics;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.initlab.io.OutputFolder;
import org.initlab.nn.Dense;
import org.initlab.nn.Mlp;
import org.initlab.train.StepContext;
import org.initlab.train.TrainingListener;

/**
 * Records every layer's {@link LayerStats} at step 1 (the network as initialized, with the first batch's
 * gradients) and every {@code every}-th step, plus the update-to-weight ratio ‖Δw‖/‖w‖ of those steps.
 * Layers count from 1; the output layer is the last.
 *
 * <p>CSV (long format): {@code step,layer,quantity,value}, one row per step × layer × metric, the quantity column
 * holding the {@link Metric#key()}.
 */
public final class Recorder implements TrainingListener {
    /** One measurement. */
    public record Row(int step, int layer, Metric metric, double value) {
    }

    private final int every;
    private final double symmetryTolerance;
    private final List<Row> rows = new ArrayList<>();
    private double[][] weightsBefore;
    /** Each hidden layer's activations (at most {@link #SAMPLE} values) at step 1 and at the latest recorded step. */
    private List<double[]> firstActivations = List.of();
    private List<double[]> latestActivations = List.of();
    private int latestActivationStep;
    /** How many activation values per layer are kept for the histograms. */
    public static final int SAMPLE = 20_000;

    /** @param every record every this many steps (and step 1) */
    public Recorder(int every) {
        this(every, Symmetry.DIRECTION_TOLERANCE);
    }

    /**
     * @param every             record every this many steps (and step 1); at least 1
     * @param symmetryTolerance a unit direction counts as distinct when it is at least this fraction of the strongest
     *                          (default {@link Symmetry#DIRECTION_TOLERANCE})
     */
    public Recorder(int every, double symmetryTolerance) {
        if (every < 1) {
            throw new IllegalArgumentException("recorder: every must be at least 1, got " + every);
        }
        this.every = every;
        this.symmetryTolerance = symmetryTolerance;
    }

    private boolean records(int step) {
        return step == 1 || step % every == 0;
    }

    @Override
    public void afterBackward(StepContext step) {
        if (!records(step.step())) {
            return;
        }
        List<Dense> layers = step.network().layers();
        List<double[]> sample = new ArrayList<>();
        for (Dense layer : step.network().hiddenLayers()) {
            double[] a = layer.lastActivation().value().data;
            sample.add(Arrays.copyOf(a, Math.min(SAMPLE, layer.lastActivation().value().getNumElements())));
        }
        if (step.step() == 1) {
            firstActivations = sample;
        }
        latestActivations = sample;
        latestActivationStep = step.step();
        weightsBefore = new double[layers.size()][];
        for (int l = 0; l < layers.size(); l++) {
            Dense layer = layers.get(l);
            LayerMetrics q = LayerStats.of(layer, symmetryTolerance);
            for (Metric m : q.metrics()) {
                rows.add(new Row(step.step(), l + 1, m, q.get(m)));
            }
            weightsBefore[l] = layer.weights().value().data.clone();
        }
    }

    @Override
    public void afterUpdate(StepContext step) {
        if (weightsBefore == null || !records(step.step())) {
            return;
        }
        Mlp net = step.network();
        for (int l = 0; l < net.layers().size(); l++) {
            double[] after = net.layers().get(l).weights().value().data;
            double diff = 0;
            double norm = 0;
            for (int i = 0; i < after.length; i++) {
                double d = after[i] - weightsBefore[l][i];
                diff += d * d;
                norm += weightsBefore[l][i] * weightsBefore[l][i];
            }
            rows.add(new Row(step.step(), l + 1, Metric.UPDATE_RATIO, norm == 0 ? Double.NaN : Math.sqrt(diff / norm)));
        }
        weightsBefore = null;
    }

    /** Each hidden layer's activations at step 1 (a sample of at most {@link #SAMPLE} values per layer). */
    public List<double[]> activationsAtStart() {
        return firstActivations;
    }

    /** Each hidden layer's activations at the latest recorded step ({@link #latestActivationStep()}). */
    public List<double[]> activationsAtLatest() {
        return latestActivations;
    }

    /** The step of {@link #activationsAtLatest()}. */
    public int latestActivationStep() {
        return latestActivationStep;
    }

    /**
     * Writes {@code folder/name}: {@code step,layer,bin_low,bin_high,count} — 40-bin histograms of each hidden layer's
     * activations at step 1 and at the latest recorded step, on a common range per step.
     */
    public Path writeHistogramsCsv(Path folder, String name) {
        OutputFolder.prepare(folder);
        Path file = folder.resolve(name);
        OutputFolder.writeText(file, w -> {
            w.write("step,layer,bin_low,bin_high,count\n");
            writeHistograms(w, 1, firstActivations);
            if (latestActivationStep != 1) {
                writeHistograms(w, latestActivationStep, latestActivations);
            }
        });
        return file;
    }

    private static void writeHistograms(Writer w, int step, List<double[]> layers) throws IOException {
        if (layers.isEmpty()) {
            return;
        }
        Histograms h = Histograms.of(layers, 40);
        for (int l = 0; l < layers.size(); l++) {
            for (int b = 0; b < h.counts()[l].length; b++) {
                w.write(step + "," + (l + 1) + "," + h.edge(b) + "," + h.edge(b + 1) + "," + h.counts()[l][b] + "\n");
            }
        }
    }

    /** Every measurement, in the order recorded (the rows of the CSV). */
    public List<Row> rows() {
        return Collections.unmodifiableList(rows);
    }

    /** The series of one metric of one layer: {steps, values} in step order. */
    public double[][] series(int layer, Metric metric) {
        List<Row> picked = rows.stream().filter(r -> r.layer() == layer && r.metric() == metric).toList();
        double[][] out = new double[2][picked.size()];
        for (int i = 0; i < picked.size(); i++) {
            out[0][i] = picked.get(i).step();
            out[1][i] = picked.get(i).value();
        }
        return out;
    }

    /** The value of a metric of a layer at a step, or NaN if not recorded. */
    public double value(int step, int layer, Metric metric) {
        for (Row r : rows) {
            if (r.step() == step && r.layer() == layer && r.metric() == metric) {
                return r.value();
            }
        }
        return Double.NaN;
    }

    /** Every metric recorded for a layer at a step (none when that step or layer was not recorded). */
    public LayerMetrics metricsAt(int step, int layer) {
        Map<Metric, Double> q = new EnumMap<>(Metric.class);
        for (Row r : rows) {
            if (r.step() == step && r.layer() == layer) {
                q.put(r.metric(), r.value());
            }
        }
        return new LayerMetrics(q);
    }

    /** The last step recorded (0 if none). */
    public int lastStep() {
        return rows.isEmpty() ? 0 : rows.get(rows.size() - 1).step();
    }

    /** Writes {@code step,layer,quantity,value} rows into {@code folder/name}. */
    public Path writeCsv(Path folder, String name) {
        OutputFolder.prepare(folder);
        Path file = folder.resolve(name);
        OutputFolder.writeText(file, w -> {
            w.write("step,layer,quantity,value\n");
            for (Row r : rows) {
                w.write(r.step() + "," + r.layer() + "," + r.metric().key() + "," + r.value() + "\n");
            }
        });
        return file;
    }
}
