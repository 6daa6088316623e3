package org.initlab.lesson;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;
import org.initlab.diagnostics.Probe;
import org.initlab.diagnostics.Recorder;
import org.initlab.plot.ChartRenderer;
import org.initlab.plot.ChartSpec;
import org.initlab.plot.LayerCharts;
import org.initlab.plot.TrainingCurves;
import org.initlab.plot.VisualStyle;
import org.initlab.theory.LayerPrediction;
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

    /** Mini-batch loss per step of every run: smoothed over faint raw lines, divergences marked. */
    public static XYChart loss(String title, List<RunResult> runs) {
        return ChartRenderer.render(TrainingCurves.loss(title, runs.stream().map(LessonCharts::curve).toList()));
    }

    /** Test accuracy per epoch of every run, with chance level. */
    public static XYChart accuracy(String title, List<RunResult> runs) {
        return ChartRenderer.render(TrainingCurves.accuracy(title, runs.stream().map(LessonCharts::curve).toList()));
    }

    /**
     * A recorded quantity over training, one line per run, combining the hidden layers with {@code combine}
     * (e.g. Math::max) — or only hidden layer {@code layer} when it is ≥ 1. With {@code log} the axis is
     * logarithmic when the values span more than two decades.
     */
    public static XYChart overTime(String title, String yLabel, boolean log, List<RunResult> runs, String quantity,
                                   int layer, DoubleBinaryOperator combine) {
        ChartSpec spec = ChartSpec.of(title, "training step", yLabel)
                .scale(log ? ChartSpec.Scale.AUTO : ChartSpec.Scale.LINEAR);
        for (RunResult r : runs) {
            Recorder rec = r.recorder();
            int hidden = r.spec().depth();
            double[][] base = rec.series(layer >= 1 ? layer : 1, quantity);
            double[] y = new double[base[0].length];
            int zeros = 0;
            for (int i = 0; i < y.length; i++) {
                double v = base[1][i];
                if (layer < 1) {
                    for (int l = 2; l <= hidden; l++) {
                        v = combine.applyAsDouble(v, rec.value((int) base[0][i], l, quantity));
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
        return ChartRenderer.render(spec);
    }

    /**
     * A probed quantity against the hidden layer, one line per probe (measured: dots), with the theory's
     * prediction as a dashed line when {@code predicted} maps a layer prediction to the same quantity.
     */
    public static XYChart probes(String title, String yLabel, boolean log, Map<String, Probe.Result> probes,
                                 String quantity, java.util.function.ToDoubleFunction<LayerPrediction> predicted) {
        Map<String, double[]> measured = new LinkedHashMap<>();
        Map<String, double[]> theory = new LinkedHashMap<>();
        for (Map.Entry<String, Probe.Result> e : probes.entrySet()) {
            measured.put(e.getKey(), e.getValue().layers().stream().mapToDouble(q -> q.get(quantity)).toArray());
            if (predicted != null && e.getValue().theory() != null) {
                theory.put(e.getKey() + " (theory)", e.getValue().theory().layers().stream().mapToDouble(predicted).toArray());
            }
        }
        return LayerCharts.versusLayer(title, yLabel, log, measured, theory);
    }

    /** A recorded quantity against the hidden layer index at one step (step 1: as initialized), one line per run. */
    public static XYChart perLayer(String title, String yLabel, boolean log, List<RunResult> runs, String quantity, int step) {
        ChartSpec spec = ChartSpec.of(title, "hidden layer (1 = nearest the input)", yLabel)
                .scale(log ? ChartSpec.Scale.AUTO : ChartSpec.Scale.LINEAR);
        for (RunResult r : runs) {
            double[] x = new double[r.spec().depth()];
            double[] v = new double[x.length];
            for (int l = 1; l <= v.length; l++) {
                x[l - 1] = l;
                v[l - 1] = r.recorder().value(step, l, quantity);
            }
            spec.add(r.label(), x, v, initKey(r), r.spec().activation().name(), ChartSpec.Role.DOTS, false);
        }
        return ChartRenderer.render(spec);
    }
}
