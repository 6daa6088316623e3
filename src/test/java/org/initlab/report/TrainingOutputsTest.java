package org.initlab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.initlab.activation.Tanh;
import org.initlab.data.ToyData;
import org.initlab.diagnostics.Metric;
import org.initlab.diagnostics.Recorder;
import org.initlab.diagnostics.Verdicts;
import org.initlab.init.Constant;
import org.initlab.init.Initializer;
import org.initlab.init.Normal;
import org.initlab.init.Zeros;
import org.initlab.nn.Losses;
import org.initlab.nn.Mlp;
import org.initlab.optim.Optimizers;
import org.initlab.plot.ChartSpec;
import org.initlab.plot.RenderedChart;
import org.initlab.train.Divergence;
import org.initlab.train.EpochRecord;
import org.initlab.train.HandMadeHistory;
import org.initlab.train.History;
import org.initlab.train.StepRecord;
import org.initlab.train.Trainer;
import org.initlab.train.TrainingConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A training run's files from a history written by hand and the recorder of a tiny real run (2 → 3 → 3 → 1, tanh,
 * every weight 0.3, 8 steps, recorded at steps 1, 4 and 8): every hidden unit computes the same thing, so each
 * hidden layer has exactly 1 direction from the first step to the last. Each test writes its own files (what a
 * test reads must be written while it runs, or mutation testing cannot tell which test checks it).
 */
class TrainingOutputsTest {
    @TempDir
    Path tmp;

    private static final History HAND = HandMadeHistory.of(
            List.of(new EpochRecord(0, 0.693147, 0.5, 0.70123, 0.5), new EpochRecord(1, 0.5, 0.75, 0.55, 0.625),
                    new EpochRecord(2, 0.25, 0.9, 0.3, 0.875)),
            List.of(new StepRecord(1, 1, 0.7), new StepRecord(2, 1, 0.6), new StepRecord(3, 2, 0.4)),
            new Divergence(3, 2, "the loss became NaN"));
    private static Recorder symmetric;
    private static Recorder vanishing;

    @BeforeAll
    static void train() {
        symmetric = record(2, 3, new Constant(0.3), 2);
        // four tanh layers of 8 with N(0, 0.01²) weights: the back-propagated std shrinks by about √8·0.01 ≈ 0.03
        // per layer, so from layer 4 down to layer 1 it spans over four decades
        vanishing = record(4, 8, new Normal(0, 0.01), 1);
    }

    /** 30 training examples in batches of 8: 4 steps an epoch; recorded at step 1 and every 4th step. */
    private static Recorder record(int depth, int width, Initializer weights, int epochs) {
        Mlp net = Mlp.uniform(2, depth, width, 1, new Tanh()).initialize(weights, new Zeros(), 1);
        Recorder recorder = new Recorder(4);
        new Trainer(net, Losses.binaryCrossEntropy(), Optimizers.byName("sgd", 0.5),
                new TrainingConfig(epochs, 8, 3)).listen(recorder).fit(ToyData.circles(40, 0.1, 1).split(0.25, 1));
        return recorder;
    }

    private List<String> writeSymmetricRun() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("init", "constant");
        return TrainingOutputs.write(HAND, symmetric, 3, "Constant run", settings, tmp);
    }

    @Test
    void theFilesHoldTheHistoryAsGivenAndEachLayerOverTheRecordedSteps() throws Exception {
        writeSymmetricRun();
        assertThat(Files.readAllLines(tmp.resolve("history.csv"))).containsExactly(
                "epoch,train_loss,train_acc,test_loss,test_acc", "0,0.693147,0.5,0.70123,0.5",
                "1,0.5,0.75,0.55,0.625", "2,0.25,0.9,0.3,0.875");
        assertThat(Files.readAllLines(tmp.resolve("steps.csv"))).containsExactly("step,epoch,loss", "1,1,0.7",
                "2,1,0.6", "3,2,0.4");
        List<String> diagnostics = Files.readAllLines(tmp.resolve("diagnostics.csv"));
        assertThat(diagnostics.get(0)).isEqualTo("step,layer,quantity,value");
        assertThat(diagnostics).hasSize(symmetric.rows().size() + 1).contains("8,1,directions,1.0");
        assertThat(Files.readAllLines(tmp.resolve("histograms.csv")).get(0))
                .isEqualTo("step,layer,bin_low,bin_high,count");

        assertThat(seriesNames("update_ratio")).containsExactly("layer 1", "layer 2", "output layer 3",
                "1e-3: a common rule of thumb for SGD");
        List<String> ratio = Files.readAllLines(tmp.resolve("update_ratio.csv"));
        assertThat(ratio.get(0)).isEqualTo("series,role,training step,ratio");
        assertThat(ratio).contains("layer 2,line,4.0," + symmetric.value(4, 2, Metric.UPDATE_RATIO),
                "1e-3: a common rule of thumb for SGD,reference,,0.001");
        assertThat(seriesNames("gradient_over_time")).containsExactly("layer 1", "layer 2", "output layer 3");
        assertThat(Files.readAllLines(tmp.resolve("gradient_over_time.csv")).get(0))
                .isEqualTo("series,role,training step,std");
        // the output layer's one unit has no directions to compare: hidden layers only, 1 direction throughout
        assertThat(Files.readAllLines(tmp.resolve("directions.csv"))).containsExactly(
                "series,role,training step,directions", "layer 1,line,1.0,1.0", "layer 1,line,4.0,1.0",
                "layer 1,line,8.0,1.0", "layer 2,line,1.0,1.0", "layer 2,line,4.0,1.0", "layer 2,line,8.0,1.0");
        assertThat(tmp.resolve("histograms_start.png")).isNotEmptyFile();
        assertThat(tmp.resolve("histograms_end.png")).isNotEmptyFile();
    }

    @Test
    void theVerdictsAndTheReportNameTheDivergenceTheProgressAndTheUnbrokenSymmetry() throws Exception {
        List<String> verdicts = writeSymmetricRun();
        List<String> expected = new ArrayList<>(List.of("diverged at step 3 (epoch 2): the loss became NaN",
                "test accuracy 50.0% → 87.5%, training loss 0.6931 → 0.2500"));
        Verdicts.of(List.of(symmetric.metricsAt(1, 1), symmetric.metricsAt(1, 2)))
                .forEach(v -> expected.add("at initialization: " + v));
        expected.add("after training (step 8): all units of layer 1 still point the same way (1 direction)");
        expected.add("after training (step 8): all units of layer 2 still point the same way (1 direction)");
        assertThat(verdicts).isEqualTo(expected);
        // the hidden layers 1–2 only, not the output layer 3
        assertThat(verdicts).contains("at initialization: all units point the same way (at most 1 direction among "
                + "them: symmetry not broken) in layers 1–2");

        String md = Files.readString(tmp.resolve("report.md"));
        assertThat(md).contains("## What was run\n\n| setting | value |\n| --- | --- |\n| init | constant |\n\n"
                + "## Verdict\n\n- diverged at step 3 (epoch 2): the loss became NaN\n");
        List<String> images = md.lines().filter(l -> l.startsWith("![")).map(l -> l.substring(l.indexOf("](") + 2))
                .toList();
        assertThat(images).containsExactly("loss.png)", "accuracy.png)", "gradient_over_time.png)",
                "update_ratio.png)", "directions.png)", "histograms_start.png)", "histograms_end.png)");
        // the loss spans less than a decade (0.25 to 0.69), so its chart is linear and no caption says "log scale"
        assertThat(md).contains("*Mini-batch loss per step* ([data](loss.csv))").doesNotContain("log scale");
        assertThat(md).contains("*Activation histograms per hidden layer at step 1 (as initialized)*")
                .contains("*Activation histograms per hidden layer at step 8* ([data](histograms_end.csv))")
                .endsWith("Data: `history.csv`, `steps.csv`, `diagnostics.csv` (long format: step, layer, quantity, "
                        + "value), `histograms.csv` (step, layer, bin_low, bin_high, count).\n\n");
    }

    @Test
    void anEmptyRecorderGivesTheProgressAloneAndNoHistograms() throws Exception {
        History once = HandMadeHistory.of(List.of(new EpochRecord(0, 0.693147, 0.5, 0.70123, 0.5)), List.of(), null);
        List<String> progressOnly = TrainingOutputs.write(once, new Recorder(1), 3, "empty", Map.of(), tmp);
        assertThat(progressOnly).containsExactly("test accuracy 50.0% → 50.0%, training loss 0.6931 → 0.6931");
        assertThat(tmp.resolve("histograms_start.png")).doesNotExist();
        assertThat(Files.readString(tmp.resolve("report.md")).lines().filter(l -> l.startsWith("![")).count())
                .isEqualTo(5);
        assertThat(Files.readAllLines(tmp.resolve("steps.csv"))).containsExactly("step,epoch,loss");
    }

    @Test
    void layersAreRecordedUpToTheFirstMissingOne() {
        assertThat(TrainingOutputs.layersAt(symmetric, 1, 5)).hasSize(3);
        assertThat(TrainingOutputs.layersAt(symmetric, 1, 2)).hasSize(2);
        assertThat(TrainingOutputs.layersAt(symmetric, 2, 2)).isEmpty();
        assertThat(TrainingOutputs.layersAt(symmetric, 8, 2).get(1).get(Metric.DIRECTIONS)).isEqualTo(1);
    }

    @Test
    void atMostEightLayersAreDrawnEvenlySpacedAndTheOutputLayerIsNamed() {
        Recorder none = new Recorder(1);
        // 9 layers: every second, (9 + 7)/8 = 2, up to layer 9 itself
        ChartSpec nine = ((RenderedChart) TrainingOutputs.overTime("t", "y", false, none, 9, 9, Metric.DIRECTIONS))
                .spec();
        assertThat(nine.series().stream().map(ChartSpec.Series::name)).containsExactly("layer 1", "layer 3",
                "layer 5", "layer 7", "output layer 9");
        assertThat(nine.references()).isEmpty();
        // 17 layers: every third, (17 + 7)/8 = 3
        ChartSpec seventeen = ((RenderedChart) TrainingOutputs.overTime("t", "y", true, none, 17, 18,
                Metric.UPDATE_RATIO)).spec();
        assertThat(seventeen.series().stream().map(ChartSpec.Series::name)).containsExactly("layer 1", "layer 4",
                "layer 7", "layer 10", "layer 13", "layer 16");
        assertThat(seventeen.references()).containsExactly(
                new ChartSpec.Reference("1e-3: a common rule of thumb for SGD", 1e-3));
        assertThat(seventeen.title()).isEqualTo("t");
        assertThat(seventeen.xLabel()).isEqualTo("training step");
        assertThat(seventeen.yLabel()).isEqualTo("y");
    }

    @Test
    void valuesOverManyDecadesGetALogarithmicAxisOnlyWhereAsked() {
        double first = vanishing.value(1, 1, Metric.GRAD_ACT_STD);
        double last = vanishing.value(1, 4, Metric.GRAD_ACT_STD);
        assertThat(last / first).as("the premise: vanishing gradients").isGreaterThan(1e3);
        RenderedChart log = (RenderedChart) TrainingOutputs.overTime("t", "std", true, vanishing, 4, 5,
                Metric.GRAD_ACT_STD);
        RenderedChart linear = (RenderedChart) TrainingOutputs.overTime("t", "std", false, vanishing, 4, 5,
                Metric.GRAD_ACT_STD);
        assertThat(log.logScale()).isTrue();
        assertThat(linear.logScale()).isFalse();
    }

    /** The series of a saved chart, from its CSV's first column, in order. */
    private List<String> seriesNames(String chart) throws Exception {
        return Files.readAllLines(tmp.resolve(chart + ".csv")).stream().skip(1)
                .map(l -> l.substring(0, l.indexOf(','))).distinct().toList();
    }
}
