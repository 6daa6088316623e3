package org.initlab.lesson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;
import org.initlab.diagnostics.Probe;
import org.initlab.diagnostics.Recorder;
import org.initlab.theory.LayerPrediction;
import org.initlab.plot.Charts;
import org.initlab.plot.LayerCharts;
import org.initlab.train.History;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Charts that compare several runs of a lesson. */
public final class LessonCharts {
    private LessonCharts() {
    }

    static Map<String, History> histories(List<RunResult> runs) {
        Map<String, History> m = new LinkedHashMap<>();
        runs.forEach(r -> m.put(r.label(), r.history()));
        return m;
    }

    /** Mini-batch loss per step of every run (log scale). */
    public static XYChart loss(String title, List<RunResult> runs) {
        return Charts.lossPerStep(title, histories(runs));
    }

    /** Test accuracy per epoch of every run. */
    public static XYChart accuracy(String title, List<RunResult> runs) {
        return Charts.testAccuracy(title, histories(runs));
    }

    /**
     * A recorded quantity over training, one line per run, combining the hidden layers with {@code combine}
     * (e.g. Math::max) — or only hidden layer {@code layer} when it is ≥ 1.
     */
    public static XYChart overTime(String title, String yLabel, boolean log, List<RunResult> runs, String quantity,
                                   int layer, DoubleBinaryOperator combine) {
        XYChart chart = Charts.lineChart(title, "training step", yLabel + (log ? " (log scale)" : ""));
        chart.getStyler().setYAxisLogarithmic(log);
        boolean any = false;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (RunResult r : runs) {
            Recorder rec = r.recorder();
            int hidden = r.spec().depth();
            double[][] base = rec.series(layer >= 1 ? layer : 1, quantity);
            List<double[]> points = new ArrayList<>();
            for (int i = 0; i < base[0].length; i++) {
                double v = base[1][i];
                if (layer < 1) {
                    for (int l = 2; l <= hidden; l++) {
                        v = combine.applyAsDouble(v, rec.value((int) base[0][i], l, quantity));
                    }
                }
                if (Charts.plottable(v, log)) {
                    points.add(new double[] {base[0][i], v});
                }
            }
            for (double[] p : points) {
                min = Math.min(min, p[1]);
                max = Math.max(max, p[1]);
            }
            if (!points.isEmpty()) {
                any = true;
                Charts.addLine(chart, r.label(), points.stream().mapToDouble(p -> p[0]).toArray(),
                        points.stream().mapToDouble(p -> p[1]).toArray()).setMarker(SeriesMarkers.CIRCLE);
            }
        }
        if (log) {
            Charts.labelNarrowLogAxis(chart, min, max);
        }
        if (!any) {
            Charts.addLine(chart, "nothing to show", new double[] {0}, new double[] {log ? 1 : 0});
        }
        return chart;
    }

    /**
     * A probed quantity against the hidden layer, one line per probe (measured: markers), with the theory's
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
        Map<String, double[]> measured = new LinkedHashMap<>();
        for (RunResult r : runs) {
            double[] v = new double[r.spec().depth()];
            for (int l = 1; l <= v.length; l++) {
                v[l - 1] = r.recorder().value(step, l, quantity);
            }
            measured.put(r.label(), v);
        }
        return LayerCharts.versusLayer(title, yLabel, log, measured, Map.of());
    }
}
