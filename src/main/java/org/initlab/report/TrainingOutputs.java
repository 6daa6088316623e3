package org.initlab.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.initlab.diagnostics.LayerMetrics;
import org.initlab.diagnostics.Metric;
import org.initlab.diagnostics.Recorder;
import org.initlab.diagnostics.Verdicts;
import org.initlab.io.OutputFolder;
import org.initlab.plot.ChartFiles;
import org.initlab.plot.ChartGrid;
import org.initlab.plot.ChartRenderer;
import org.initlab.plot.ChartSpec;
import org.initlab.plot.Charts;
import org.initlab.plot.LayerCharts;
import org.initlab.train.EpochRecord;
import org.initlab.train.History;
import org.initlab.train.StepRecord;
import org.knowm.xchart.XYChart;

/**
 * Writes a training run's files: {@code history.csv} (epoch, train_loss, train_acc, test_loss, test_acc; epoch 0
 * is before training), {@code steps.csv} (step, epoch, loss), {@code diagnostics.csv} (step, layer, quantity,
 * value), the plots and the report.
 */
public final class TrainingOutputs {
    private TrainingOutputs() {
    }

    /** Writes everything; returns the verdicts. */
    public static List<String> write(History history, Recorder recorder, int layerCount, String title,
                                     Map<String, String> settings, Path folder) {
        OutputFolder.prepare(folder);
        writeHistory(history, folder);
        recorder.writeCsv(folder, "diagnostics.csv");
        recorder.writeHistogramsCsv(folder, "histograms.csv");
        Map<String, History> run = Map.of("this run", history);
        Path loss = ChartFiles.savePng(Charts.lossPerStep("Training loss", run), folder, "loss");
        Path accuracy = ChartFiles.savePng(Charts.testAccuracy("Test accuracy", run), folder, "accuracy");
        Path ratio = ChartFiles.savePng(overTime("Update-to-weight ratio ‖Δw‖/‖w‖ per step", "ratio", true, recorder,
                layerCount, layerCount, Metric.UPDATE_RATIO), folder, "update_ratio");
        Path grads = ChartFiles.savePng(overTime("Back-propagated gradient std (dL/da) per layer", "std",
                true, recorder, layerCount, layerCount, Metric.GRAD_ACT_STD), folder, "gradient_over_time");
        Path distinct = ChartFiles.savePng(overTime("Different directions among the units, "
                + "per hidden layer (1 = all alike)",
                Metric.DIRECTIONS.label(), false, recorder, layerCount - 1, layerCount, Metric.DIRECTIONS), folder,
                "directions");

        List<Path> grids = new ArrayList<>();
        if (!recorder.activationsAtStart().isEmpty()) {
            grids.add(ChartGrid.savePng(LayerCharts.histogramGrid("activation",
                    recorder.activationsAtStart(), 40), 5, folder, "histograms_start"));
            grids.add(ChartGrid.savePng(LayerCharts.histogramGrid("activation",
                    recorder.activationsAtLatest(), 40), 5, folder, "histograms_end"));
        }
        List<String> verdicts = new ArrayList<>();
        history.divergence().ifPresent(d -> verdicts.add(d.toString()));
        EpochRecord first = history.initial();
        EpochRecord last = history.last();
        verdicts.add(String.format(Locale.ROOT, "test accuracy %.1f%% → %.1f%%, training loss %.4g → %.4g",
                100 * first.testAccuracy(), 100 * last.testAccuracy(), first.trainLoss(), last.trainLoss()));
        if (recorder.lastStep() > 0) {
            List<LayerMetrics> atStart = layersAt(recorder, 1, layerCount - 1);
            if (!atStart.isEmpty()) {
                Verdicts.of(atStart).forEach(v -> verdicts.add("at initialization: " + v));
            }
            List<LayerMetrics> atEnd = layersAt(recorder, recorder.lastStep(), layerCount - 1);
            for (int l = 0; l < atEnd.size(); l++) {
                if (atEnd.get(l).get(Metric.DIRECTIONS) <= 1) {
                    verdicts.add("after training (step " + recorder.lastStep() + "): all units of layer " + (l + 1)
                            + " still point the same way (1 direction)");
                }
            }
        }
        Report report = new Report(title).heading("What was run").settings(settings).heading("Verdict")
                .bullets(verdicts)
                .heading("Plots")
                .image("Mini-batch loss per step", folder, loss)
                .image("Test accuracy per epoch (epoch 0: before training)", folder, accuracy)
                .image("Back-propagated gradient std per hidden layer over training", folder, grads)
                .image("Update-to-weight ratio per layer (around 10⁻³ is healthy for SGD)", folder, ratio)
                .image("Different directions among each layer's units over training (symmetry breaking)",
                        folder, distinct);
        if (grids.size() == 2) {
            report.image("Activation histograms per hidden layer at step 1 (as initialized)", folder, grids.get(0))
                    .image("Activation histograms per hidden layer at step " + recorder.latestActivationStep(), folder,
                            grids.get(1));
        }
        report
                .paragraph("Data: `history.csv`, `steps.csv`, `diagnostics.csv` "
                        + "(long format: step, layer, quantity, value), `histograms.csv` "
                        + "(step, layer, bin_low, bin_high, count).");
        report.write(folder);
        return verdicts;
    }

    /** The recorded metrics of the first {@code hidden} layers at a step (fewer when a layer was not recorded). */
    static List<LayerMetrics> layersAt(Recorder recorder, int step, int hidden) {
        List<LayerMetrics> out = new ArrayList<>();
        for (int l = 1; l <= hidden; l++) {
            LayerMetrics q = recorder.metricsAt(step, l);
            if (q.metrics().isEmpty()) {
                break;
            }
            out.add(q);
        }
        return out;
    }

    /**
     * A metric of layers 1..shown over training (at most 8 lines, layers light to dark); layer {@code output} is
     * labelled as the output layer. With {@code log} the axis is logarithmic when the values span over two decades.
     */
    static XYChart overTime(String title, String yLabel, boolean log, Recorder recorder, int shown, int output,
                            Metric metric) {
        ChartSpec spec = ChartSpec.of(title, "training step", yLabel)
                .scale(log ? ChartSpec.Scale.AUTO : ChartSpec.Scale.LINEAR);
        int stride = Math.max(1, (shown + 7) / 8);
        for (int l = 1; l <= shown; l += stride) {
            double[][] s = recorder.series(l, metric);
            spec.add((l == output ? "output layer " : "layer ") + l, s[0], s[1], null, null,
                    ChartSpec.Role.LINE, false);
        }
        if (metric == Metric.UPDATE_RATIO) {
            spec.reference("1e-3: a common rule of thumb for SGD", 1e-3);
        }
        return ChartRenderer.render(spec);
    }

    private static void writeHistory(History history, Path folder) {
        OutputFolder.writeText(folder.resolve("history.csv"), w -> {
            w.write("epoch,train_loss,train_acc,test_loss,test_acc\n");
            for (EpochRecord e : history.epochs()) {
                w.write(e.epoch() + "," + e.trainLoss() + "," + e.trainAccuracy() + "," + e.testLoss() + ","
                        + e.testAccuracy() + "\n");
            }
        });
        OutputFolder.writeText(folder.resolve("steps.csv"), w -> {
            w.write("step,epoch,loss\n");
            for (StepRecord s : history.steps()) {
                w.write(s.step() + "," + s.epoch() + "," + s.loss() + "\n");
            }
        });
    }
}
