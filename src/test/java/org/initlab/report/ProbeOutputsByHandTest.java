package org.initlab.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.initlab.activation.Relu;
import org.initlab.diagnostics.LayerMetrics;
import org.initlab.diagnostics.Metric;
import org.initlab.diagnostics.Probe;
import org.initlab.init.Normal;
import org.initlab.theory.SignalPropagation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A probe's files from measurements written by hand (no network is run), with the mean-field prediction for ReLU
 * and N(0, 1) weights on 4 inputs and two layers of 4, known in closed form: q₁ = 4·1·1 = 4, q₂ = 4·1·(q₁/2) = 8,
 * act std √(q − q/2π) = 1.1676 and 1.6513, χ = 4·1·½ = 2, so the gradient std is √2 at layer 1 and 1 at layer 2.
 */
class ProbeOutputsByHandTest {
    @TempDir
    Path tmp;

    private static final SignalPropagation THEORY = SignalPropagation.predict(4, List.of(4, 4), new Relu(),
            new Normal(0, 1), 0, 1);

    private static LayerMetrics layer(double preMean, double preStd, double actMean, double actStd, double saturated,
                                      double gradAct, double gradW) {
        Map<Metric, Double> m = new EnumMap<>(Metric.class);
        m.put(Metric.PREACT_MEAN, preMean);
        m.put(Metric.PREACT_STD, preStd);
        m.put(Metric.ACT_MEAN, actMean);
        m.put(Metric.ACT_STD, actStd);
        m.put(Metric.SATURATED_FRAC, saturated);
        m.put(Metric.DEAD_FRAC, Double.NaN);
        m.put(Metric.GRAD_ACT_STD, gradAct);
        m.put(Metric.GRAD_W_STD, gradW);
        m.put(Metric.DIRECTIONS, 5.0);
        return new LayerMetrics(m);
    }

    private static final List<LayerMetrics> TWO = List.of(layer(0.01, 1.5, -0.02, 0.8, 0.1, 0.004, 0.0002),
            layer(0.03, 2.25, 0.05, 0.9, 0.25, 0.5, 0.03));
    private static final List<double[]> ACTIVATIONS = List.of(new double[] {-0.5, 0, 0.5}, new double[] {0, 1, 2});

    private static Probe.Result result(SignalPropagation theory, String note) {
        return new Probe.Result(null, TWO, ACTIVATIONS, theory, note);
    }

    @Test
    void theLayersCsvHoldsEachMeasurementAndThePrediction() throws Exception {
        ProbeOutputs.write(result(THEORY, ""), "hand", Map.of(), tmp);
        List<String> csv = Files.readAllLines(tmp.resolve("layers.csv"));
        assertThat(csv).hasSize(3);
        assertThat(csv.get(0)).isEqualTo(String.join(",", ProbeOutputs.COLUMNS));
        assertThat(csv.get(1)).startsWith("1,0.01,1.5,-0.02,0.8,0.1,NaN,0.004,2.0E-4,");
        assertThat(csv.get(2)).startsWith("2,0.03,2.25,0.05,0.9,0.25,NaN,0.5,0.03,");
        assertPrediction(csv.get(1), Math.sqrt(2 - 2 / Math.PI), 2, Math.sqrt(2));
        assertPrediction(csv.get(2), Math.sqrt(4 - 4 / Math.PI), Math.sqrt(8), 1);
    }

    private static void assertPrediction(String row, double actStd, double preStd, double gradStd) {
        String[] cells = row.split(",", -1);
        assertThat(cells).hasSize(12);
        assertThat(Double.parseDouble(cells[9])).isCloseTo(actStd, offset(1e-12));
        assertThat(Double.parseDouble(cells[10])).isCloseTo(preStd, offset(1e-12));
        assertThat(Double.parseDouble(cells[11])).isCloseTo(gradStd, offset(1e-12));
    }

    @Test
    void theReportGivesTheVerdictsAndAKeyFigureRowPerLayer() throws Exception {
        List<String> verdicts = ProbeOutputs.write(result(THEORY, ""), "hand", Map.of("seed", "1"), tmp);
        // act std 0.9/0.8 = 1.125; dL/da std 0.004/0.5 = 0.008, below 1/100
        assertThat(verdicts).containsExactly(
                "the activation std of layer 2 is 1.13× layer 1's: the forward signal is roughly preserved",
                "the back-propagated gradient at layer 1 is 0.00800× layer 2's: vanishing");
        String md = Files.readString(tmp.resolve("report.md"));
        assertThat(md).contains("## What was run\n\n| setting | value |\n| --- | --- |\n| seed | 1 |\n\n"
                + "## Verdict\n\n- the activation std of layer 2 is 1.13× layer 1's: the forward signal is roughly "
                + "preserved\n- the back-propagated gradient at layer 1 is 0.00800× layer 2's: vanishing\n\n"
                + "## Key figures\n\n"
                + "| layer | pre-activation std | act std | act std (theory) | saturated fraction | dead fraction "
                + "| dL/da std | dL/dW std |\n"
                + "| --- | --- | --- | --- | --- | --- | --- | --- |\n"
                + "| 1 | 1.50 | 0.800 | 1.17 | 0.100 | - | 0.00400 | 0.000200 |\n"
                + "| 2 | 2.25 | 0.900 | 1.65 | 0.250 | - | 0.500 | 0.0300 |\n\n## Plots\n\n");
        assertThat(md).doesNotContain("Theory:");
        assertThat(md).contains("![Activation histograms, layer by layer (same x range; y: % of values)]"
                + "(activation_histograms.png)")
                .contains("![Forward: std per layer, measured (dots) and predicted by the mean-field theory (dashed)]"
                        + "(std_vs_layer.png)")
                .contains("(gradient_vs_layer.png)\n\n*Backward: std of the back-propagated signal dL/da and of the "
                        + "weight gradient dL/dW per layer* ([data](gradient_vs_layer.csv))\n\n")
                .endsWith("Data: `layers.csv` (columns: " + String.join(", ", ProbeOutputs.COLUMNS) + ").\n\n");
        assertThat(tmp.resolve("report.html")).isNotEmptyFile();
    }

    @Test
    void thePlotsDrawTheMeasuredValuesPerLayerAndThePrediction() throws Exception {
        ProbeOutputs.write(result(THEORY, ""), "hand", Map.of(), tmp);
        List<String> std = Files.readAllLines(tmp.resolve("std_vs_layer.csv"));
        assertThat(std.get(0)).isEqualTo("series,role,hidden layer (1 = nearest the input),std");
        assertThat(std).contains("\"activation std, measured\",dots,1.0,0.8",
                "\"activation std, measured\",dots,2.0,0.9", "\"pre-activation std, measured\",dots,1.0,1.5",
                "\"pre-activation std, measured\",dots,2.0,2.25",
                "\"pre-activation std, theory\",theory,1.0,2.0");
        assertThat(std).anyMatch(l -> l.startsWith("\"activation std, theory\",theory,2.0,1.651"));
        List<String> grad = Files.readAllLines(tmp.resolve("gradient_vs_layer.csv"));
        assertThat(grad).contains("dL/da std (back-propagated signal),dots,1.0,0.004",
                "dL/da std (back-propagated signal),dots,2.0,0.5", "dL/dW std (weight gradient),dots,1.0,2.0E-4",
                "dL/dW std (weight gradient),dots,2.0,0.03", "\"dL/da std, theory\",theory,2.0,1.0");
        assertThat(panelTitles()).containsExactly("layer 1", "layer 2");
    }

    @Test
    void withoutATheoryItsColumnsAreEmptyAndTheReportSaysWhy() throws Exception {
        ProbeOutputs.write(result(null, "no prediction for a data-dependent init"), "hand", Map.of(), tmp);
        List<String> csv = Files.readAllLines(tmp.resolve("layers.csv"));
        assertThat(csv.get(1)).isEqualTo("1,0.01,1.5,-0.02,0.8,0.1,NaN,0.004,2.0E-4,,,");
        assertThat(csv.get(2)).isEqualTo("2,0.03,2.25,0.05,0.9,0.25,NaN,0.5,0.03,,,");
        String md = Files.readString(tmp.resolve("report.md"));
        assertThat(md).contains("vanishing\n\nTheory: no prediction for a data-dependent init\n\n## Key figures")
                .contains("| 1 | 1.50 | 0.800 | - | 0.100 | - | 0.00400 | 0.000200 |\n");
        assertThat(Files.readAllLines(tmp.resolve("std_vs_layer.csv"))).noneMatch(l -> l.contains("theory"));
        assertThat(Files.readAllLines(tmp.resolve("gradient_vs_layer.csv"))).noneMatch(l -> l.contains("theory"));
    }

    @Test
    void aTheoryWithANoteKeepsTheNote() throws Exception {
        ProbeOutputs.write(result(THEORY, "approximate: narrow layers"), "hand", Map.of(), tmp);
        assertThat(Files.readString(tmp.resolve("report.md")))
                .contains("vanishing\n\nTheory: approximate: narrow layers\n\n## Key figures");
    }

    @Test
    void atMostTwelveHistogramPanelsEvenlySpaced() throws Exception {
        ProbeOutputs.write(deep(12), "deep", Map.of(), tmp);
        List<String> twelve = new ArrayList<>();
        for (int l = 1; l <= 12; l++) {
            twelve.add("layer " + l);
        }
        assertThat(panelTitles()).isEqualTo(twelve);
        // 13 layers: every second layer, (13 + 11)/12 = 2
        ProbeOutputs.write(deep(13), "deep", Map.of(), tmp);
        assertThat(panelTitles()).containsExactly("layer 1", "layer 3", "layer 5", "layer 7", "layer 9", "layer 11",
                "layer 13");
        assertThat(Files.readAllLines(tmp.resolve("layers.csv"))).hasSize(14);
    }

    private static Probe.Result deep(int depth) {
        List<LayerMetrics> layers = new ArrayList<>();
        List<double[]> activations = new ArrayList<>();
        for (int l = 0; l < depth; l++) {
            layers.add(layer(0, 1, 0, 0.5, 0, 0.1, 0.01));
            activations.add(new double[] {-1, 0, 1});
        }
        return new Probe.Result(null, layers, activations, null, "");
    }

    /** The titles of the histogram grid's panels, from the first column of its CSV, in order. */
    private List<String> panelTitles() throws Exception {
        return Files.readAllLines(tmp.resolve("activation_histograms.csv")).stream().skip(1)
                .map(l -> l.substring(0, l.indexOf(','))).distinct().toList();
    }
}
