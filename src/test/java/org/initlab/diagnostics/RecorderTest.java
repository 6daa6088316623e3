package org.initlab.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.initlab.activation.Activations;
import org.initlab.data.ToyData;
import org.initlab.data.TrainTest;
import org.initlab.init.Initializer;
import org.initlab.init.Initializers;
import org.initlab.init.Zeros;
import org.initlab.nn.Dense;
import org.initlab.nn.Losses;
import org.initlab.nn.Mlp;
import org.initlab.optim.Optimizers;
import org.initlab.train.StepContext;
import org.initlab.train.Trainer;
import org.initlab.train.TrainingConfig;
import org.initlab.train.TrainingListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The recorder against a second listener that watches the same run: which steps are recorded, the update ratio
 * ‖W_after − W_before‖ / ‖W_before‖ of each layer, the activations kept for histograms, and the CSV files.
 */
class RecorderTest {
    @TempDir
    Path dir;

    /** Watches every step: weights before the update, update ratios, hidden activations. */
    private static final class Watcher implements TrainingListener {
        final Map<Integer, double[]> ratios = new HashMap<>();
        final Map<Integer, List<double[]>> activations = new HashMap<>();
        private final List<double[]> before = new ArrayList<>();

        @Override
        public void afterBackward(StepContext step) {
            before.clear();
            for (Dense layer : step.network().layers()) {
                before.add(layer.weights().value().data.clone());
            }
            List<double[]> hidden = new ArrayList<>();
            for (Dense layer : step.network().hiddenLayers()) {
                hidden.add(layer.lastActivation().value().data.clone());
            }
            activations.put(step.step(), hidden);
        }

        @Override
        public void afterUpdate(StepContext step) {
            List<Dense> layers = step.network().layers();
            double[] r = new double[layers.size()];
            for (int l = 0; l < layers.size(); l++) {
                double[] after = layers.get(l).weights().value().data;
                double moved = 0;
                double size = 0;
                for (int i = 0; i < after.length; i++) {
                    moved += Math.pow(after[i] - before.get(l)[i], 2);
                    size += Math.pow(before.get(l)[i], 2);
                }
                r[l] = Math.sqrt(moved) / Math.sqrt(size);
            }
            ratios.put(step.step(), r);
        }
    }

    /** 30 training examples in batches of 8: 4 steps an epoch, 8 steps in all. */
    private static Watcher train(Recorder recorder, Initializer weights) {
        TrainTest data = ToyData.circles(40, 0.1, 1).split(0.25, 1);
        Mlp net = Mlp.uniform(2, 2, 4, 1, Activations.byName("tanh")).initialize(weights, new Zeros(), 3);
        Watcher watcher = new Watcher();
        new Trainer(net, Losses.binaryCrossEntropy(), Optimizers.byName("sgd", 0.5), new TrainingConfig(2, 8, 3))
                .listen(recorder).listen(watcher).fit(data);
        return watcher;
    }

    @Test
    void stepOneAndEveryThirdStepAreRecordedWithTheirUpdateRatios() {
        Recorder recorder = new Recorder(3);
        Watcher watcher = train(recorder, Initializers.byName("xavier-normal"));
        assertThat(recorder.lastStep()).isEqualTo(6);
        for (int step : new int[] {1, 3, 6}) {
            for (int layer = 1; layer <= 3; layer++) {
                assertThat(recorder.value(step, layer, Metric.UPDATE_RATIO))
                        .isCloseTo(watcher.ratios.get(step)[layer - 1], within(1e-12));
                assertThat(recorder.value(step, layer, Metric.UPDATE_RATIO)).isPositive();
            }
        }
        for (int step : new int[] {2, 4, 5, 7, 8}) {
            assertThat(recorder.value(step, 1, Metric.UPDATE_RATIO)).isNaN();
            assertThat(recorder.value(step, 1, Metric.ACT_STD)).isNaN();
        }
        assertThat(recorder.value(3, 4, Metric.ACT_STD)).as("there is no layer 4").isNaN();
    }

    @Test
    void seriesListsARecordedQuantityOfOneLayerInStepOrder() {
        Recorder recorder = new Recorder(3);
        Watcher watcher = train(recorder, Initializers.byName("xavier-normal"));
        double[][] series = recorder.series(2, Metric.ACT_STD);
        assertThat(series[0]).containsExactly(1, 3, 6);
        for (int i = 0; i < 3; i++) {
            int step = (int) series[0][i];
            assertThat(series[1][i]).isEqualTo(recorder.value(step, 2, Metric.ACT_STD));
            assertThat(series[1][i]).isCloseTo(Stats.of(watcher.activations.get(step).get(1)).std(), within(1e-12));
        }
        assertThat(recorder.series(3, Metric.ACT_STD)[0]).as("layer 3 is the output layer").containsExactly(1, 3, 6);
        assertThat(recorder.series(4, Metric.ACT_STD)[0]).isEmpty();
        long rowsAtStep3 = recorder.rows().stream().filter(r -> r.step() == 3).count();
        assertThat(rowsAtStep3).isEqualTo(3 * Metric.values().length);
    }

    @Test
    void theActivationsOfStepOneAndOfTheLatestRecordedStepAreKept() {
        Recorder recorder = new Recorder(3);
        Watcher watcher = train(recorder, Initializers.byName("xavier-normal"));
        assertThat(recorder.latestActivationStep()).isEqualTo(6);
        assertThat(recorder.activationsAtStart()).hasSize(2);
        assertThat(recorder.activationsAtStart().get(1)).containsExactly(watcher.activations.get(1).get(1));
        assertThat(recorder.activationsAtLatest().get(0)).containsExactly(watcher.activations.get(6).get(0));
    }

    @Test
    void zeroWeightsHaveNoUpdateRatio() {
        Recorder recorder = new Recorder(1);
        train(recorder, new Zeros());
        assertThat(recorder.value(1, 1, Metric.UPDATE_RATIO)).isNaN();
        assertThat(recorder.lastStep()).isEqualTo(8);
    }

    @Test
    void theCsvHasOneLinePerRow() throws IOException {
        Recorder recorder = new Recorder(3);
        train(recorder, Initializers.byName("xavier-normal"));
        Path csv = recorder.writeCsv(dir, "diagnostics.csv");
        assertThat(csv).isEqualTo(dir.resolve("diagnostics.csv"));
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(1 + recorder.rows().size());
        assertThat(lines.get(0)).isEqualTo("step,layer,quantity,value");
        Recorder.Row first = recorder.rows().get(0);
        assertThat(lines.get(1)).isEqualTo("1,1," + first.metric().key() + "," + first.value());
    }

    @Test
    void theHistogramCsvHasFortyBinsPerLayerForStepOneAndTheLatestStep() throws IOException {
        Recorder recorder = new Recorder(3);
        train(recorder, Initializers.byName("xavier-normal"));
        List<String> lines = Files.readAllLines(recorder.writeHistogramsCsv(dir, "h.csv"));
        assertThat(lines).hasSize(1 + 2 * 2 * 40);
        assertThat(lines.get(0)).isEqualTo("step,layer,bin_low,bin_high,count");
        assertThat(lines.get(1)).startsWith("1,1,");
        assertThat(lines.get(41)).startsWith("1,2,");
        assertThat(lines.get(81)).startsWith("6,1,");
        Histograms start = Histograms.of(recorder.activationsAtStart(), 40);
        assertThat(lines.get(1)).isEqualTo("1,1," + start.edge(0) + "," + start.edge(1) + "," + start.counts()[0][0]);
        assertThat(lines.get(80))
                .isEqualTo("1,2," + start.edge(39) + "," + start.edge(40) + "," + start.counts()[1][39]);
        long counted = lines.stream().skip(1).limit(40)
                .mapToLong(l -> Long.parseLong(l.substring(l.lastIndexOf(',') + 1))).sum();
        assertThat(counted).as("every activation of layer 1 at step 1").isEqualTo(8 * 4);

        Recorder onlyFirst = new Recorder(1000);
        train(onlyFirst, Initializers.byName("xavier-normal"));
        assertThat(Files.readAllLines(onlyFirst.writeHistogramsCsv(dir, "h1.csv"))).hasSize(1 + 2 * 40);
        assertThat(Files.readAllLines(new Recorder(1).writeHistogramsCsv(dir, "empty.csv"))).hasSize(1);
    }

    @Test
    void recordingEveryZeroStepsIsRefused() {
        assertThatThrownBy(() -> new Recorder(0)).hasMessage("recorder: every must be at least 1, got 0");
        assertThat(new Recorder(1).lastStep()).isZero();
    }
}
