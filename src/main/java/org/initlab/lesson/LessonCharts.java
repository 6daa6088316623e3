package org.initlab.lesson;

import java.awt.Font;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;
import java.util.function.ToDoubleFunction;
import org.initlab.autograd.Tensor;
import org.initlab.data.Dataset;
import org.initlab.diagnostics.Metric;
import org.initlab.diagnostics.Probe;
import org.initlab.diagnostics.Recorder;
import org.initlab.plot.ChartRenderer;
import org.initlab.plot.ChartSpec;
import org.initlab.plot.DecisionBoundaries;
import org.initlab.plot.DistributionCharts;
import org.initlab.plot.LayerCharts;
import org.initlab.plot.TrainingCurves;
import org.initlab.plot.VisualStyle;
import org.initlab.theory.LayerPrediction;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.XYChart;

/**
 * Charts that compare several runs of a lesson, each run coloured by its initializer and styled by its activation
 * ({@link VisualStyle}).
 */
public final class LessonCharts {
    private LessonCharts() {
    }

    /** A run as a curve: label, history, its initializer's colour key, activation and number of classes. */
    public static TrainingCurves.Run curve(RunResult r) {
        var layers = r.network().layers();
        int outputs = layers.get(layers.size() - 1).fanOut();
        return new TrainingCurves.Run(r.label(), r.history(), initKey(r), r.spec().activation().name(),
                outputs == 1 ? 2 : outputs);
    }

    /** The colour key of a run's weight initializer. */
    public static String initKey(RunResult r) {
        return VisualStyle.initKey(r.spec().weights());
    }

    /**
     * The decision boundary of every run at the end of training on 2-D data (one panel per run, titled with its label
     * and final test accuracy); null when the data are not 2-D.
     */
    public static Path decisionBoundaries(List<RunResult> runs, Dataset test, Path folder, String name) {
        if (test.featureCount() != 2) {
            return null;
        }
        Map<String, DecisionBoundaries.Classifier> nets = new LinkedHashMap<>();
        for (RunResult r : runs) {
            nets.put(r.diverged() ? r.label() + " (diverged)"
                    : String.format(Locale.ROOT, "%s (%.0f%%)", r.label(), 100 * r.finalTestAccuracy()),
                    grid -> predict(r, grid));
        }
        return DecisionBoundaries.save(nets, test, folder, name);
    }

    /** The class a trained network predicts for each row: logit &gt; 0 with one output, the largest logit otherwise. */
    static int[] predict(RunResult r, double[][] rows) {
        double[] out = r.network().forwardNoGrad(Tensor.of(rows)).value().data;
        int outputs = out.length / rows.length;
        int[] classes = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            if (outputs == 1) {
                classes[i] = out[i] > 0 ? 1 : 0;
            } else {
                int best = 0;
                for (int k = 1; k < outputs; k++) {
                    best = out[i * outputs + k] > out[i * outputs + best] ? k : best;
                }
                classes[i] = best;
            }
        }
        return classes;
    }

    /**
     * A recorded metric of one run as a layer × step heatmap of its log₁₀ (steps pooled into at most 12
     * columns, each the mean of the log₁₀ values recorded in it), so vanishing or exploding layers show as a colour
     * gradient down the rows. Zero and non-finite values are left out of the means.
     */
    public static HeatMapChart layerStepHeatmap(String title, RunResult r, Metric metric) {
        Recorder rec = r.recorder();
        int layers = r.spec().depth();
        double[] steps = rec.series(1, metric)[0];
        int columns = Math.max(1, Math.min(12, steps.length));
        double[][] values = new double[layers][columns];
        List<String> columnNames = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            int from = c * steps.length / columns;
            int to = Math.max(from + 1, (c + 1) * steps.length / columns);
            columnNames.add(VisualStyle.number(steps[from]) + "–"
                    + VisualStyle.number(steps[Math.min(steps.length, to) - 1]));
            for (int l = 1; l <= layers; l++) {
                double[] s = rec.series(l, metric)[1];
                double sum = 0;
                int n = 0;
                for (int i = from; i < Math.min(to, s.length); i++) {
                    if (s[i] > 0 && Double.isFinite(s[i])) {
                        sum += Math.log10(s[i]);
                        n++;
                    }
                }
                values[l - 1][c] = n == 0 ? Double.NaN : sum / n;
            }
        }
        List<String> rows = new ArrayList<>();
        for (int l = 1; l <= layers; l++) {
            rows.add("layer " + l);
        }
        HeatMapChart chart = DistributionCharts.heatmap(title, "training steps", columnNames,
                "hidden layer", rows, values, "0.0");
        chart.getStyler().setShowValue(columns * layers <= 120);
        chart.getStyler().setValueFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        chart.getStyler().setXAxisLabelRotation(30);
        return chart;
    }

    /** Mini-batch loss per step of every run: smoothed over faint raw lines, divergences marked. */
    public static XYChart loss(String title, List<RunResult> runs) {
        return ChartRenderer.render(TrainingCurves.loss(title, runs.stream().map(LessonCharts::curve).toList()));
    }

    /** Test accuracy per epoch of every run, with chance level. */
    public static XYChart accuracy(String title, List<RunResult> runs) {
        return ChartRenderer.render(TrainingCurves.accuracy(title, runs.stream().map(LessonCharts::curve).toList()));
    }

    /**
     * A recorded metric over training, one line per run, combining the hidden layers with {@code combine}
     * (e.g. Math::max) — or only hidden layer {@code layer} when it is ≥ 1. With {@code log} the axis is
     * logarithmic when the values span more than two decades.
     */
    public static XYChart overTime(String title, String yLabel, boolean log, List<RunResult> runs, Metric metric,
                                   int layer, DoubleBinaryOperator combine) {
        ChartSpec spec = ChartSpec.of(title, "training step", yLabel)
                .scale(log ? ChartSpec.Scale.AUTO : ChartSpec.Scale.LINEAR);
        for (RunResult r : runs) {
            Recorder rec = r.recorder();
            int hidden = r.spec().depth();
            double[][] base = rec.series(layer >= 1 ? layer : 1, metric);
            double[] y = new double[base[0].length];
            int zeros = 0;
            for (int i = 0; i < y.length; i++) {
                double v = base[1][i];
                if (layer < 1) {
                    for (int l = 2; l <= hidden; l++) {
                        v = combine.applyAsDouble(v, rec.value((int) base[0][i], l, metric));
                    }
                }
                y[i] = v;
                zeros += v == 0 ? 1 : 0;
            }
            TrainingCurves.Run c = curve(r);
            spec.add(r.label(), base[0], y, c.initKey(), c.activation(), ChartSpec.Role.LINE, false);
            if (zeros == y.length && y.length > 0 && !log) {
                spec.note(r.label() + ": exactly 0 at every step");
            }
        }
        if (metric == Metric.UPDATE_RATIO) {
            spec.reference("1e-3: a common rule of thumb for SGD", 1e-3);
        }
        return ChartRenderer.render(spec);
    }

    /**
     * A probed metric against the hidden layer, one line per probe (measured: dots), with the theory's
     * prediction as a dashed line when {@code predicted} maps a layer prediction to the same metric.
     */
    public static XYChart probes(String title, String yLabel, boolean log, Map<String, Probe.Result> probes,
                                 Metric metric, ToDoubleFunction<LayerPrediction> predicted) {
        return probes(title, yLabel, log, probes, metric, predicted, Map.of());
    }

    /** {@link #probes}, each probe in the colour of the initializer key {@code initKeys} gives for its name. */
    public static XYChart probes(String title, String yLabel, boolean log, Map<String, Probe.Result> probes,
                                 Metric metric, ToDoubleFunction<LayerPrediction> predicted,
                                 Map<String, String> initKeys) {
        Map<String, double[]> measured = new LinkedHashMap<>();
        Map<String, double[]> theory = new LinkedHashMap<>();
        for (Map.Entry<String, Probe.Result> e : probes.entrySet()) {
            measured.put(e.getKey(), e.getValue().layers().stream().mapToDouble(q -> q.get(metric)).toArray());
            if (predicted != null && e.getValue().theory() != null) {
                theory.put(e.getKey() + " (theory)",
                        e.getValue().theory().layers().stream().mapToDouble(predicted).toArray());
            }
        }
        return ChartRenderer.render(LayerCharts.versusLayerSpec(title, yLabel, log, measured, theory, initKeys));
    }

    /** A recorded metric against the hidden layer index at one step (step 1: as initialized), one line per run. */
    public static XYChart perLayer(String title, String yLabel, boolean log, List<RunResult> runs, Metric metric,
                                   int step) {
        ChartSpec spec = ChartSpec.of(title, "hidden layer (1 = nearest the input)", yLabel)
                .scale(log ? ChartSpec.Scale.AUTO : ChartSpec.Scale.LINEAR);
        for (RunResult r : runs) {
            double[] x = new double[r.spec().depth()];
            double[] v = new double[x.length];
            for (int l = 1; l <= v.length; l++) {
                x[l - 1] = l;
                v[l - 1] = r.recorder().value(step, l, metric);
            }
            spec.add(r.label(), x, v, initKey(r), r.spec().activation().name(), ChartSpec.Role.DOTS, false);
        }
        return ChartRenderer.render(spec);
    }
}
