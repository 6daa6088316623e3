package org.initlab.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.initlab.activation.Tanh;
import org.initlab.autograd.Tensor;
import org.initlab.data.Batch;
import org.initlab.data.Dataset;
import org.initlab.data.ToyData;
import org.initlab.data.TrainTest;
import org.initlab.init.XavierNormal;
import org.initlab.init.Zeros;
import org.initlab.nn.Losses;
import org.initlab.nn.Mlp;
import org.initlab.optim.Optimizer;
import org.initlab.optim.Sgd;
import org.junit.jupiter.api.Test;

/**
 * The loop's bookkeeping on 90 training examples in batches of 40 (40, 40, then 10): step numbering, the epoch's
 * train figures as the batch-size-weighted means of its steps, clipping, and where a divergence is found.
 */
class TrainerLoopTest {
    private static final TrainTest BLOBS = ToyData.blobs(120, 3, 0.1, 8).split(0.25, 8);

    private static Mlp net() {
        return new Mlp(2, List.of(8), 3, new Tanh()).initialize(new XavierNormal(1), new Zeros(), 8);
    }

    /** Records every step the listeners see. */
    private static final class Recorder implements TrainingListener {
        final List<int[]> steps = new ArrayList<>();
        final List<String> events = new ArrayList<>();

        @Override
        public void onStart(Mlp network, EpochRecord initial) {
            events.add("start " + initial.epoch());
        }

        @Override
        public void afterUpdate(StepContext s) {
            steps.add(new int[] {s.step(), s.epoch(), s.batch().size(), s.stepsPerEpoch()});
        }

        @Override
        public void onEpochEnd(EpochRecord e) {
            events.add("epoch " + e.epoch());
        }

        @Override
        public void onEnd(History h) {
            events.add("end " + h.epochs().size());
        }
    }

    @Test
    void stepsAreNumberedAcrossEpochsAndTheLastBatchTakesTheRemainder() {
        Recorder r = new Recorder();
        History h = new Trainer(net(), Losses.softmaxCrossEntropy(), new Sgd(0.1), new TrainingConfig(2, 40, 8))
                .listen(r).fit(BLOBS);
        assertThat(r.steps).containsExactly(new int[] {1, 1, 40, 3}, new int[] {2, 1, 40, 3}, new int[] {3, 1, 10, 3},
                new int[] {4, 2, 40, 3}, new int[] {5, 2, 40, 3}, new int[] {6, 2, 10, 3});
        assertThat(r.events).containsExactly("start 0", "epoch 1", "epoch 2", "end 3");
        assertThat(h.steps()).extracting(StepRecord::step).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(h.initial().epoch()).isZero();
        assertThat(h.last().epoch()).isEqualTo(2);
        // the epoch's train loss: Σ loss·batch size / 90
        List<StepRecord> s = h.steps();
        assertThat(h.epochs().get(1).trainLoss())
                .isCloseTo((40 * s.get(0).loss() + 40 * s.get(1).loss() + 10 * s.get(2).loss()) / 90, within(1e-12));
        assertThat(h.epochs().get(2).trainLoss())
                .isCloseTo((40 * s.get(3).loss() + 40 * s.get(4).loss() + 10 * s.get(5).loss()) / 90, within(1e-12));
    }

    @Test
    void withAnOptimizerThatStandsStillTheEpochsTrainFiguresAreTheInitialOnes() {
        Optimizer still = new Optimizer() {
            @Override
            public String name() {
                return "still";
            }

            @Override
            public void step(List<Tensor> parameters) {
            }
        };
        History h = new Trainer(net(), Losses.softmaxCrossEntropy(), still, new TrainingConfig(1, 40, 8)).fit(BLOBS);
        EpochRecord before = h.initial();
        EpochRecord after = h.last();
        assertThat(after.trainAccuracy()).isEqualTo(before.trainAccuracy());
        assertThat(after.trainAccuracy()).isBetween(0.05, 0.95);
        assertThat(after.trainLoss()).isCloseTo(before.trainLoss(), within(1e-12));
        assertThat(after.testLoss()).isEqualTo(before.testLoss());
    }

    @Test
    void zeroEpochsEvaluateOnceAndEnd() {
        Recorder r = new Recorder();
        History h = new Trainer(net(), Losses.softmaxCrossEntropy(), new Sgd(0.1), new TrainingConfig(0, 40, 8))
                .listenAll(r).fit(BLOBS);
        assertThat(h.epochs()).hasSize(1);
        assertThat(h.steps()).isEmpty();
        assertThat(r.events).containsExactly("start 0", "end 1");
    }

    @Test
    void clippingBoundsTheUpdateByLearningRateTimesTheClipNorm() {
        double[] moved = new double[1];
        List<double[]> before = new ArrayList<>();
        Mlp net = net();
        new Trainer(net, Losses.softmaxCrossEntropy(), new Sgd(1.0), new TrainingConfig(1, 90, 8, 1e-3))
                .listen(new TrainingListener() {
                    @Override
                    public void afterBackward(StepContext s) {
                        net.parameters().forEach(p -> before.add(p.value().data.clone()));
                    }

                    @Override
                    public void afterUpdate(StepContext s) {
                        double sum = 0;
                        for (int i = 0; i < before.size(); i++) {
                            double[] now = net.parameters().get(i).value().data;
                            for (int j = 0; j < now.length; j++) {
                                sum += Math.pow(now[j] - before.get(i)[j], 2);
                            }
                        }
                        moved[0] = Math.sqrt(sum);
                    }
                }).fit(BLOBS);
        // the raw gradient of an untrained net is far larger than 1e-3, so SGD moves by exactly lr·1e-3
        assertThat(moved[0]).isCloseTo(1e-3, within(1e-9));
        assertThat(new TrainingConfig(1, 1, 1, 1e-3).clips()).isTrue();
        assertThat(new TrainingConfig(1, 1, 1, 0).clips()).isFalse();
        assertThat(new TrainingConfig(1, 1, 1).clips()).isFalse();
    }

    @Test
    void refusesNegativeEpochsAndEmptyBatchesNamingTheValue() {
        assertThatThrownBy(() -> new TrainingConfig(-1, 8, 1)).hasMessage("training: epochs must be 0 or more, got -1");
        assertThatThrownBy(() -> new TrainingConfig(1, 0, 1)).hasMessage("training: batchSize must be positive, got 0");
        assertThat(new TrainingConfig(0, 1, 1).epochs()).isZero();
    }

    /** Poisons one tensor at step 2 and returns the divergence found. */
    private static History poisoned(boolean gradient, int layer, boolean bias, double value) {
        Mlp net = net();
        return new Trainer(net, Losses.softmaxCrossEntropy(), new Sgd(0.1), new TrainingConfig(3, 40, 8))
                .listen(new TrainingListener() {
                    @Override
                    public void afterBackward(StepContext s) {
                        if (gradient && s.step() == 2) {
                            var d = net.layers().get(layer - 1);
                            (bias ? d.bias() : d.weights()).grad().data[0] = value;
                        }
                    }

                    @Override
                    public void afterUpdate(StepContext s) {
                        if (!gradient && s.step() == 2) {
                            var d = net.layers().get(layer - 1);
                            (bias ? d.bias() : d.weights()).value().data[0] = value;
                        }
                    }
                }).fit(BLOBS);
    }

    @Test
    void aNonFiniteGradientOrWeightStopsTheRunAtItsStepNamingTheTensor() {
        History g = poisoned(true, 2, true, Double.NaN);
        assertThat(g.divergence()).contains(new Divergence(2, 1, "gradient of layer 2 bias became NaN"));
        assertThat(g.steps()).hasSize(2);
        assertThat(g.epochs()).hasSize(1);
        assertThat(poisoned(true, 1, false, Double.NEGATIVE_INFINITY).divergence())
                .contains(new Divergence(2, 1, "gradient of layer 1 weights became -Infinity"));
        assertThat(poisoned(false, 2, false, Double.POSITIVE_INFINITY).divergence())
                .contains(new Divergence(2, 1, "layer 2 weights became Infinity"));
        assertThat(poisoned(false, 1, true, Double.NaN).divergence())
                .contains(new Divergence(2, 1, "layer 1 bias became NaN"));
    }

    @Test
    void evaluationInChunksOf1024EqualsOneForwardPassOverTheWholeSet() {
        Dataset big = ToyData.blobs(2500, 3, 0.5, 4);
        Mlp net = net();
        int[] all = IntStream.range(0, big.size()).toArray();
        Batch whole = big.batch(all);
        Tensor out = net.forward(whole.x());
        double loss = Losses.softmaxCrossEntropy().compute(out, whole.labels()).item();
        int correct = Evaluation.countCorrect(Losses.softmaxCrossEntropy().predict(out), whole.labels());
        Evaluation e = Evaluation.of(net, Losses.softmaxCrossEntropy(), big);
        assertThat(e.loss()).isCloseTo(loss, within(1e-12));
        assertThat(e.accuracy()).isEqualTo((double) correct / 2500);
        assertThat(e.accuracy()).isBetween(0.05, 0.95);
        assertThat(Evaluation.countCorrect(new int[] {1, 0, 2, 2}, new int[] {1, 1, 2, 0})).isEqualTo(2);
    }

    @Test
    void anOverflowingForwardPassIsTracedToTheFirstLayerWithNonFiniteValues() {
        Mlp net = net();
        History h = new Trainer(net, Losses.softmaxCrossEntropy(), new Sgd(0.1), new TrainingConfig(3, 40, 8))
                .listen(new TrainingListener() {
                    @Override
                    public void afterUpdate(StepContext s) {
                        if (s.step() == 1) {
                            // finite weights: identical saturated tanh units (±1),
                            // whose sum of 8 times MAX_VALUE overflows
                            Arrays.fill(net.layers().get(0).weights().value().data, 1e300);
                            Arrays.fill(net.layers().get(0).bias().value().data, 1e300);
                            Arrays.fill(net.layers().get(1).weights().value().data, Double.MAX_VALUE);
                        }
                    }
                }).fit(BLOBS);
        Divergence d = h.divergence().orElseThrow();
        assertThat(d.step()).isEqualTo(2);
        assertThat(d.what()).matches("loss became (NaN|-?Infinity) \\(first non-finite values: layer 2's "
                + "pre-activations, (NaN|-?Infinity)\\)");
        assertThat(h.steps()).hasSize(2);
        assertThat(h.epochs()).hasSize(1);
    }

    @Test
    void aLossThatOverflowsFromFiniteLogitsSaysSo() {
        Mlp net = net();
        History h = new Trainer(net, Losses.softmaxCrossEntropy(), new Sgd(0.1), new TrainingConfig(3, 40, 8))
                .listen(new TrainingListener() {
                    @Override
                    public void afterUpdate(StepContext s) {
                        if (s.step() == 1) {
                            Arrays.fill(net.layers().get(0).weights().value().data, 1e300);
                            Arrays.fill(net.layers().get(0).bias().value().data, 1e300);
                            // 8 saturated units (all ±1): logits ±9.6e307 and 0, finite,
                            // but 9.6e307 − (−9.6e307) is not
                            double[] w = net.layers().get(1).weights().value().data;
                            for (int i = 0; i < w.length; i++) {
                                w[i] = i % 3 == 0 ? 1.2e307 : i % 3 == 1 ? -1.2e307 : 0;
                            }
                        }
                    }
                }).fit(BLOBS);
        assertThat(h.divergence().orElseThrow().what())
                .isEqualTo("loss became Infinity (every layer's values are finite: the loss itself overflowed)");
    }
}
