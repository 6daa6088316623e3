package org.initlab.lab;

import static org.initlab.diagnostics.Metric.ACT_MEAN;
import static org.initlab.diagnostics.Metric.ACT_STD;
import static org.initlab.diagnostics.Metric.DEAD_FRAC;
import static org.initlab.diagnostics.Metric.DIRECTIONS;
import static org.initlab.diagnostics.Metric.GRAD_ACT_STD;
import static org.initlab.diagnostics.Metric.GRAD_W_STD;
import static org.initlab.diagnostics.Metric.PREACT_STD;
import static org.initlab.diagnostics.Metric.SATURATED_FRAC;
import static org.initlab.diagnostics.Metric.ZERO_FRAC;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.initlab.activation.Relu;
import org.initlab.diagnostics.Histograms;
import org.initlab.diagnostics.LayerMetrics;
import org.initlab.diagnostics.LayerStats;
import org.initlab.diagnostics.Metric;
import org.initlab.diagnostics.Probe;
import org.initlab.diagnostics.Stats;
import org.initlab.diagnostics.Symmetry;
import org.initlab.diagnostics.Verdicts;
import org.initlab.nn.Dense;
import org.initlab.nn.Mlp;
import org.initlab.theory.LayerPrediction;
import org.initlab.theory.SignalPropagation;

/**
 * The "at initialization" view of the page: {@link Probe#pass} pushes a unit-Gaussian batch forward through the
 * configured network and a unit signal back; for every hidden layer it reports the std of the pre-activations,
 * activations, back-propagated gradient dL/da and weight gradient dL/dW, the saturated and dead fractions, the
 * theory's predictions ({@link SignalPropagation}) and one histogram row of activations and one of dL/da (each on a
 * range shared by all layers, CS231n style), plus the {@link Verdicts} in words.
 *
 * <p>Only the statistics the page draws are computed (the symmetry measures of {@link LayerStats} that compare
 * every pair of units are left out; {@code directions} is 1 when all units are identical and NaN — not computed —
 * otherwise), which keeps an update of 20 layers × 256 units × 500 examples within the
 * page's 300 ms budget ({@code initlab bench --workloads lab-probe}).
 */
final class ProbeView {
    /** Histogram bins per layer. */
    static final int BINS = 40;

    private ProbeView() {
    }

    /** The JSON-ready answer of {@code GET /api/probe}. */
    static Map<String, Object> of(LabSettings s) {
        long start = System.nanoTime();
        Mlp net = Probe.pass(s.activation(), s.initializer(), s.depth(), s.width(), s.batch(), s.seed());
        List<Dense> hidden = net.hiddenLayers();
        List<double[]> activations = new ArrayList<>();
        List<double[]> gradients = new ArrayList<>();
        for (Dense layer : hidden) {
            activations.add(layer.lastActivation().value().data);
            gradients.add(layer.lastActivation().grad().data);
        }
        // the layers' statistics and the two histogram sets are independent: spread them over the cores
        CompletableFuture<Map<String, Object>> gradientHistograms =
                CompletableFuture.supplyAsync(() -> histograms(gradients));
        CompletableFuture<Map<String, Object>> activationHistograms =
                CompletableFuture.supplyAsync(() -> histograms(activations));
        List<LayerMetrics> stats = hidden.parallelStream().map(ProbeView::measure).collect(Collectors.toList());
        SignalPropagation theory = null;
        String note = "";
        try {
            theory = SignalPropagation.predict(s.width(), Collections.nCopies(s.depth(), s.width()), s.activation(),
                    s.initializer(), 0, 1);
        } catch (IllegalArgumentException e) {
            note = e.getMessage();
        }
        List<Map<String, Object>> layers = new ArrayList<>();
        for (int l = 0; l < hidden.size(); l++) {
            Map<String, Object> row = jsonRow(stats.get(l), l + 1);
            if (theory != null) {
                LayerPrediction p = theory.layers().get(l);
                row.put("theory_preact_std", p.preActivationStd());
                row.put("theory_act_std", p.activationStd());
                row.put("theory_grad_act_std", p.gradientStd());
            }
            layers.add(row);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("settings", describe(s));
        out.put("layers", layers);
        out.put("activationHistograms", activationHistograms.join());
        out.put("gradientHistograms", gradientHistograms.join());
        out.put("theoryNote", note);
        out.put("verdicts", Verdicts.of(stats));
        out.put("ms", (System.nanoTime() - start) / 1e6);
        return out;
    }

    /** The metrics of {@link LayerStats} that the page draws, computed the same way. */
    static LayerMetrics measure(Dense layer) {
        Map<Metric, Double> q = new EnumMap<>(Metric.class);
        double[] a = layer.lastActivation().value().data;
        int rows = layer.lastActivation().rows();
        q.put(PREACT_STD, Stats.of(layer.lastPreActivation().value().data).std());
        Stats act = Stats.of(a);
        q.put(ACT_MEAN, act.mean());
        q.put(ACT_STD, act.std());
        q.put(SATURATED_FRAC, LayerStats.saturatedFraction(layer.activation(), a));
        q.put(DEAD_FRAC, layer.activation() instanceof Relu ? LayerStats.deadFraction(a, rows, layer.fanOut())
                : Double.NaN);
        q.put(ZERO_FRAC, LayerStats.zeroFraction(a));
        q.put(GRAD_ACT_STD, layer.lastActivation().grad() == null ? Double.NaN
                : Stats.of(layer.lastActivation().grad().data).std());
        q.put(GRAD_W_STD, layer.weights().grad() == null ? Double.NaN : Stats.of(layer.weights().grad().data).std());
        q.put(DIRECTIONS, allUnitsIdentical(layer) ? 1.0 : Double.NaN);
        return new LayerMetrics(q);
    }

    /** One layer's row of the page's JSON: each metric under its {@link Metric#key()}, then {@code layer}. */
    static Map<String, Object> jsonRow(LayerMetrics q, int layer) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (Metric m : q.metrics()) {
            row.put(m.key(), q.get(m));
        }
        row.put("layer", layer);
        return row;
    }

    /**
     * Whether every unit of the layer has the same incoming weights and bias as unit 0 (within 1e-9·(1 + max |w|),
     * within 1e-9 relative): then the units span one direction, which the verdicts report as symmetry not broken.
     * The full count ({@link Symmetry#directions}, an SVD per layer) would take most of the update's time budget.
     */
    static boolean allUnitsIdentical(Dense layer) {
        double[] w = layer.weights().value().data;
        double[] b = layer.bias().value().data;
        int fanIn = layer.fanIn();
        int fanOut = layer.fanOut();
        double scale = 1;
        for (double v : w) {
            scale = Math.max(scale, 1 + Math.abs(v));
        }
        double tol = 1e-9 * scale;
        for (int j = 1; j < fanOut; j++) {
            if (Math.abs(b[j] - b[0]) > tol) {
                return false;
            }
            for (int i = 0; i < fanIn; i++) {
                if (Math.abs(w[i * fanOut + j] - w[i * fanOut]) > tol) {
                    return false;
                }
            }
        }
        return true;
    }

    /** {low, high, counts[layer][bin]} on one range for all layers. */
    static Map<String, Object> histograms(List<double[]> perLayer) {
        Histograms h = Histograms.of(perLayer, BINS);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("low", h.low());
        out.put("high", h.high());
        out.put("counts", List.of(h.counts()));
        return out;
    }

    static Map<String, Object> describe(LabSettings s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("activation", s.activation().name());
        m.put("init", s.initializer().name());
        m.put("initKey", s.initName().toLowerCase(Locale.ROOT));
        m.put("initDescription", s.initializer().describe());
        m.put("depth", s.depth());
        m.put("width", s.width());
        m.put("batch", s.batch());
        m.put("seed", s.seed());
        return m;
    }
}
