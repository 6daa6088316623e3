package org.initlab.report;

import static org.initlab.diagnostics.Metric.ACT_MEAN;
import static org.initlab.diagnostics.Metric.ACT_STD;
import static org.initlab.diagnostics.Metric.DEAD_FRAC;
import static org.initlab.diagnostics.Metric.GRAD_ACT_STD;
import static org.initlab.diagnostics.Metric.GRAD_W_STD;
import static org.initlab.diagnostics.Metric.PREACT_MEAN;
import static org.initlab.diagnostics.Metric.PREACT_STD;
import static org.initlab.diagnostics.Metric.SATURATED_FRAC;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.initlab.diagnostics.LayerMetrics;
import org.initlab.diagnostics.Metric;
import org.initlab.diagnostics.Probe;
import org.initlab.diagnostics.Verdicts;
import org.initlab.io.OutputFolder;
import org.initlab.plot.ChartFiles;
import org.initlab.plot.ChartGrid;
import org.initlab.plot.LayerCharts;
import org.initlab.theory.LayerPrediction;

/**
 * Writes what a {@link Probe} measured: {@code layers.csv}, the histogram grid, std-vs-layer and
 * gradient-vs-layer plots, and the report.
 *
 * <p>{@code layers.csv} columns: layer, preact_mean, preact_std, act_mean, act_std, saturated_frac, dead_frac,
 * grad_act_std, grad_w_std, predicted_act_std, predicted_preact_std, predicted_grad_act_std (the predictions are
 * empty where the theory does not apply).
 */
public final class ProbeOutputs {
    /** The measured metrics of {@code layers.csv}, in column order (after {@code layer}). */
    public static final List<Metric> MEASURED = List.of(PREACT_MEAN, PREACT_STD, ACT_MEAN, ACT_STD, SATURATED_FRAC,
            DEAD_FRAC, GRAD_ACT_STD, GRAD_W_STD);

    /** The columns of {@code layers.csv}, in order: layer, the {@link #MEASURED} keys, then the theory's columns. */
    public static final List<String> COLUMNS = columns();

    private ProbeOutputs() {
    }

    private static List<String> columns() {
        List<String> columns = new ArrayList<>(List.of("layer"));
        MEASURED.forEach(m -> columns.add(m.key()));
        columns.addAll(List.of("predicted_act_std", "predicted_preact_std", "predicted_grad_act_std"));
        return List.copyOf(columns);
    }

    /** Writes everything into the folder; returns the verdicts. */
    public static List<String> write(Probe.Result result, String title, Map<String, String> settings, Path folder) {
        OutputFolder.prepare(folder);
        writeCsv(result, folder.resolve("layers.csv"));
        int depth = result.layers().size();
        double[] actStd = column(result, ACT_STD);
        double[] preStd = column(result, PREACT_STD);
        double[] gradAct = column(result, GRAD_ACT_STD);
        double[] gradW = column(result, GRAD_W_STD);
        Map<String, double[]> predictedStd = new LinkedHashMap<>();
        Map<String, double[]> predictedGrad = new LinkedHashMap<>();
        if (result.theory() != null) {
            predictedStd.put("activation std, theory", result.theory().layers().stream()
                    .mapToDouble(LayerPrediction::activationStd).toArray());
            predictedStd.put("pre-activation std, theory", result.theory().layers().stream()
                    .mapToDouble(LayerPrediction::preActivationStd).toArray());
            predictedGrad.put("dL/da std, theory", result.theory().layers().stream()
                    .mapToDouble(LayerPrediction::gradientStd).toArray());
        }
        Map<String, double[]> measuredStd = new LinkedHashMap<>();
        measuredStd.put("activation std, measured", actStd);
        measuredStd.put("pre-activation std, measured", preStd);
        Path stdPlot = ChartFiles.savePng(LayerCharts.versusLayer("Forward: std of each layer's values", "std", true,
                measuredStd, predictedStd), folder, "std_vs_layer");
        Map<String, double[]> measuredGrad = new LinkedHashMap<>();
        measuredGrad.put("dL/da std (back-propagated signal)", gradAct);
        measuredGrad.put("dL/dW std (weight gradient)", gradW);
        Path gradPlot = ChartFiles.savePng(LayerCharts.versusLayer("Backward: gradient std of each layer", "std", true,
                measuredGrad, predictedGrad), folder, "gradient_vs_layer");
        List<double[]> shown = new ArrayList<>();
        List<Integer> shownLayers = new ArrayList<>();
        int stride = Math.max(1, (depth + 11) / 12);
        for (int l = 0; l < depth; l += stride) {
            shown.add(result.activations().get(l));
            shownLayers.add(l);
        }
        var panels = LayerCharts.histogramGrid("activation", shown, 40);
        for (int i = 0; i < panels.size(); i++) {
            panels.get(i).setTitle("layer " + (shownLayers.get(i) + 1));
        }
        Path histPlot = ChartGrid.savePng(panels, 4, folder, "activation_histograms");

        List<String> verdicts = Verdicts.of(result.layers());
        Report report = new Report(title).heading("What was run").settings(settings)
                .heading("Verdict").bullets(verdicts);
        if (result.theory() == null || !result.theoryNote().isEmpty()) {
            report.paragraph("Theory: " + result.theoryNote());
        }
        List<List<String>> rows = new ArrayList<>();
        for (int l = 0; l < depth; l++) {
            LayerMetrics q = result.layers().get(l);
            double theory = result.theory() == null ? Double.NaN : result.theory().layers().get(l).activationStd();
            rows.add(List.of(String.valueOf(l + 1), LayerCharts.format(q.get(PREACT_STD)),
                    LayerCharts.format(q.get(ACT_STD)), LayerCharts.format(theory),
                    LayerCharts.format(q.get(SATURATED_FRAC)), LayerCharts.format(q.get(DEAD_FRAC)),
                    LayerCharts.format(q.get(GRAD_ACT_STD)), LayerCharts.format(q.get(GRAD_W_STD))));
        }
        report.heading("Key figures").table(List.of("layer", PREACT_STD.label(), ACT_STD.label(),
                ACT_STD.label() + " (theory)", SATURATED_FRAC.label(), DEAD_FRAC.label(), GRAD_ACT_STD.label(),
                GRAD_W_STD.label()), rows);
        report.heading("Plots")
                .image("Activation histograms, layer by layer (same x range; y: % of values)", folder, histPlot)
                .image("Forward: std per layer, measured (dots) and predicted by the mean-field theory (dashed)",
                        folder, stdPlot)
                .image("Backward: std of the back-propagated signal dL/da and of the weight gradient dL/dW per layer",
                        folder, gradPlot)
                .paragraph("Data: `layers.csv` (columns: " + String.join(", ", COLUMNS) + ").");
        report.write(folder);
        return verdicts;
    }

    static double[] column(Probe.Result result, Metric metric) {
        return result.layers().stream().mapToDouble(q -> q.get(metric)).toArray();
    }

    private static void writeCsv(Probe.Result result, Path file) {
        OutputFolder.writeText(file, w -> {
            w.write(String.join(",", COLUMNS) + "\n");
            for (int l = 0; l < result.layers().size(); l++) {
                LayerMetrics q = result.layers().get(l);
                StringBuilder row = new StringBuilder().append(l + 1);
                for (Metric m : MEASURED) {
                    row.append(',').append(q.get(m));
                }
                if (result.theory() != null) {
                    LayerPrediction p = result.theory().layers().get(l);
                    row.append(',').append(p.activationStd()).append(',').append(p.preActivationStd()).append(',')
                            .append(p.gradientStd());
                } else {
                    row.append(",,,");
                }
                w.write(row.append('\n').toString());
            }
        });
    }
}
