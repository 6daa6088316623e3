package org.initlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.initlab.activation.Activations;
import org.initlab.data.ToyData;
import org.initlab.data.TrainTest;
import org.initlab.init.Initializers;
import org.initlab.init.Zeros;
import org.initlab.nn.Dense;
import org.initlab.train.History;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Four tiny runs whose outcome is known — one trains (two well separated blobs), one stays at chance (zero weights
 * give every example the same output), one lands in between (overlapping blobs), one diverges (learning rate
 * 1e300) — and what lessons say about them.
 */
class LessonRunsTest {
    private static final TrainTest SEPARATED = ToyData.blobs(80, 2, 0.1, 1).split(0.25, 1);
    private static final TrainTest OVERLAPPING = ToyData.blobs(200, 2, 1.0, 1).split(0.25, 1);
    private static RunResult good;
    private static RunResult chance;
    private static RunResult partly;
    private static RunResult diverged;

    private static RunSpec spec(String label) {
        return RunSpec.of(label, Activations.byName("tanh"), 1, 4, Initializers.byName("xavier-normal"), 30, 1);
    }

    @BeforeAll
    static void train() {
        good = Experiments.train(spec("good"), SEPARATED);
        chance = Experiments.train(new RunSpec("zero weights", Activations.byName("tanh"), 1, 4, new Zeros(),
                new Zeros(), "sgd", 0.1, 30, 32, 1, 10), SEPARATED);
        partly = Experiments.train(spec("partly"), OVERLAPPING);
        diverged = Experiments.train(RunSpec.of("boom", Activations.byName("relu"), 3, 8,
                Initializers.byName("he-normal"), 3, 1).withOptimizer("sgd", 1e300), SEPARATED);
    }

    @Test
    void theFourRunsEndWhereTheirSetupsSendThem() {
        assertThat(good.finalTestAccuracy()).isEqualTo(1.0);
        assertThat(chance.finalTestAccuracy()).isEqualTo(0.5);
        assertThat(partly.finalTestAccuracy()).isEqualTo(0.78);
        assertThat(diverged.diverged()).isTrue();
        assertThat(good.diverged()).isFalse();
        assertThat(good.finalTrainLoss()).isEqualTo(good.history().last().trainLoss());
        assertThat(good.finalTrainLoss()).isLessThan(good.history().initial().trainLoss());
    }

    @Test
    void outcomesSortRunsAsTheAccuracyChartShowsThem() {
        assertThat(RunOutcomes.trained(good)).isTrue();
        assertThat(RunOutcomes.stalled(good)).isFalse();
        assertThat(RunOutcomes.trained(chance)).isFalse();
        assertThat(RunOutcomes.stalled(chance)).isTrue();
        assertThat(RunOutcomes.trained(partly)).isFalse();
        assertThat(RunOutcomes.stalled(partly)).isFalse();
        assertThat(RunOutcomes.trained(diverged)).as("a diverged run never counts as trained").isFalse();
        assertThat(RunOutcomes.stalled(diverged)).isTrue();
    }

    @Test
    void theSummaryGroupsRunsByOutcomeInTheirOrder() {
        assertThat(RunOutcomes.summary(List.of(diverged, partly, chance, good, good)))
                .isEqualTo("trains: good (100 %), good (100 %); partly: partly (78 %); stays at chance: zero weights; "
                        + "diverges: boom (NaN at step 2, layer 2)");
        assertThat(RunOutcomes.summary(List.of(good))).isEqualTo("trains: good (100 %)");
        assertThat(RunOutcomes.summary(List.of())).isEmpty();
    }

    @Test
    void findPicksTheFirstRunWhoseLabelMatches() {
        List<RunResult> runs = List.of(chance, good, partly);
        assertThat(RunOutcomes.find(runs, label -> label.startsWith("p"))).isSameAs(partly);
        assertThat(RunOutcomes.find(runs, label -> label.contains("o"))).isSameAs(chance);
        assertThat(RunOutcomes.find(runs, label -> label.equals("none"))).isNull();
    }

    @Test
    void weightAndBiasChangesAreDistancesFromTheInitialValues() {
        for (int layer = 1; layer <= 2; layer++) {
            Dense d = good.network().layers().get(layer - 1);
            assertThat(good.weightChange(layer))
                    .isCloseTo(distance(d.weights().value().data, good.initialWeights().get(layer - 1)), within(1e-12));
            assertThat(good.biasChange(layer))
                    .isCloseTo(distance(d.bias().value().data, good.initialBiases().get(layer - 1)), within(1e-12));
            assertThat(good.weightChange(layer)).isPositive();
        }
        assertThat(chance.weightChange(1)).as("zero weights feed nothing back to layer 1").isZero();
        assertThat(chance.biasChange(2)).as("the output bias learns the class balance").isPositive();
    }

    @Test
    void aRunsOneLineSummaryGivesLossAndAccuracyBeforeAndAfter() {
        History h = good.history();
        assertThat(Experiments.summary(good)).isEqualTo(String.format(Locale.ROOT,
                "%-28s loss %.4g → %.4g, test acc %5.1f%% → %5.1f%%", "good", h.initial().trainLoss(),
                h.last().trainLoss(), 100 * h.initial().testAccuracy(), 100.0));
        assertThat(Experiments.summary(diverged)).endsWith("; " + diverged.history().divergence().get());
    }

    @Test
    void curvesCountTwoClassesForOneOutputAndTheOutputsOtherwise() {
        assertThat(LessonCharts.curve(good).classes()).isEqualTo(2);
        assertThat(LessonCharts.curve(good).label()).isEqualTo("good");
        RunResult three = Experiments.train(spec("three"), ToyData.blobs(90, 3, 0.1, 1).split(0.25, 1));
        assertThat(LessonCharts.curve(three).classes()).isEqualTo(3);
        assertThat(LessonCharts.initKey(good)).isEqualTo(LessonCharts.curve(good).initKey());
        assertThat(RunOutcomes.stalled(three)).isFalse();
    }

    @Test
    void predictionsAgreeWithTheRecordedTestAccuracy() {
        assertThat(accuracy(partly, OVERLAPPING)).isEqualTo(partly.finalTestAccuracy());
        assertThat(accuracy(chance, SEPARATED)).isEqualTo(0.5);
        TrainTest threeBlobs = ToyData.blobs(90, 3, 0.1, 1).split(0.25, 1);
        RunResult three = Experiments.train(spec("three"), threeBlobs);
        assertThat(accuracy(three, threeBlobs)).isEqualTo(three.finalTestAccuracy());
        int[] classes = LessonCharts.predict(three, new double[][] {{1, 0}, {-0.5, 0.866}, {-0.5, -0.866}});
        assertThat(classes).as("each blob's centre is its own class").containsExactly(0, 1, 2);
    }

    @Test
    void trainingOverSeedsRunsEachSpecOncePerSeedOnThatSeedsData() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<Long, AtomicInteger> dataMade = new ConcurrentHashMap<>();
        List<RunSpec> specs = List.of(spec("a").withSeed(10), spec("b").withSeed(10));
        List<List<RunResult>> runs = Experiments.trainOverSeeds(specs, 2, seed -> {
            dataMade.computeIfAbsent(seed, s -> new AtomicInteger()).incrementAndGet();
            return ToyData.blobs(80, 2, 0.1, seed).split(0.25, seed);
        }, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(runs).hasSize(2);
        List<Long> seeds = new ArrayList<>();
        for (List<RunResult> spec : runs) {
            assertThat(spec).hasSize(2);
            spec.forEach(r -> seeds.add(r.spec().seed()));
        }
        assertThat(seeds).containsExactly(10L, 11L, 10L, 11L);
        assertThat(runs.get(1).get(0).label()).isEqualTo("b");
        assertThat(dataMade.keySet()).containsExactlyInAnyOrder(10L, 11L);
        assertThat(dataMade.values()).allMatch(n -> n.get() == 1);
        assertThat(runs.get(0).get(0).spec().recordEvery()).isEqualTo(10);
        assertThat(runs.get(0).get(1).spec().recordEvery()).as("only the first seed records diagnostics")
                .isEqualTo(Integer.MAX_VALUE);
        assertThat(runs.get(0).get(1).recorder().lastStep()).isEqualTo(1);
        assertThat(runs.get(0).get(0).recorder().lastStep()).isGreaterThan(1);
        String accuracyA = Experiments.accuracy(runs.get(0)).percent();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(String.format(Locale.ROOT, "  %-28s test acc %s%n",
                "a", accuracyA));
        assertThatThrownBy(() -> Experiments.trainOverSeeds(specs, 0, seed -> SEPARATED, System.out))
                .hasMessage("--seeds must be at least 1, got 0");
    }

    @Test
    void divergedRunsOverSeedsAreCounted() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RunSpec boom = diverged.spec();
        Experiments.trainOverSeeds(List.of(boom), 2, seed -> SEPARATED,
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("; 2 diverged");
    }

    @Test
    void trainAllPrintsEachRunAndKeepsTheSpecOrder() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<RunResult> runs = Experiments.trainAll(List.of(spec("x"), spec("y").withSeed(2)), SEPARATED,
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(runs).extracting(RunResult::label).containsExactly("x", "y");
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("  " + Experiments.summary(runs.get(0)))
                .contains("  " + Experiments.summary(runs.get(1)));
        assertThat(Experiments.accuracy(runs).count()).isEqualTo(2);
    }

    @Test
    void aLabelLongerThanTheColumnWidensItForTheWholeBatch() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String longLabel = "tanh, xavier-normal (reference)"; // 31 characters, the column is 28
        Experiments.trainAll(List.of(spec("x"), spec(longLabel)), SEPARATED,
                new PrintStream(out, true, StandardCharsets.UTF_8));
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(2);
        // "  " + the label padded to 31 + " loss ...": both lines have "loss" at column 34
        assertThat(lines).allSatisfy(l -> assertThat(l.indexOf(" loss ")).isEqualTo(2 + longLabel.length()));
    }

    private static double accuracy(RunResult r, TrainTest data) {
        int n = data.test().size();
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            rows[i] = new double[] {data.test().feature(i, 0), data.test().feature(i, 1)};
        }
        int[] predicted = LessonCharts.predict(r, rows);
        int right = 0;
        for (int i = 0; i < n; i++) {
            right += predicted[i] == data.test().label(i) ? 1 : 0;
        }
        return (double) right / n;
    }

    private static double distance(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return Math.sqrt(s);
    }
}
