package org.initlab.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.initlab.activation.Identity;
import org.initlab.data.Dataset;
import org.initlab.data.TrainTest;
import org.initlab.init.Constant;
import org.initlab.init.Zeros;
import org.initlab.nn.Losses;
import org.initlab.nn.Mlp;
import org.initlab.optim.Sgd;
import org.junit.jupiter.api.Test;

/** Evaluation's absolute loss and accuracy, and the trainer's stop on a non-finite gradient, on worked examples. */
class ReferenceTrainingTest {
    /** Four 1-feature examples, labels 0 0 1 1. */
    private static Dataset four() {
        return new Dataset("four", new double[] {-2, -1, 1, 2}, 1, new int[] {0, 0, 1, 1}, 2);
    }

    @Test
    void evaluationAveragesTheLossOverExamples() {
        // one identity hidden unit and a 1-logit output, every weight 1, biases 0: logit = x
        Mlp net = new Mlp(1, List.of(1), 1, new Identity()).initialize(new Constant(1), new Zeros(), 1);
        Evaluation e = Evaluation.of(net, Losses.binaryCrossEntropy(), four());
        // BCE(x, y) = ln(1 + e^(−x)) for y = 1, ln(1 + e^x) for y = 0: ln(1+e^-2)·2 + ln(1+e^-1)·2, over 4
        double expected = (2 * Math.log1p(Math.exp(-2)) + 2 * Math.log1p(Math.exp(-1))) / 4;
        assertThat(e.loss()).isCloseTo(expected, within(1e-14));
        assertThat(e.accuracy()).isEqualTo(1.0);
        Mlp flipped = new Mlp(1, List.of(1), 1, new Identity()).initialize(new Constant(-1), new Zeros(), 1);
        assertThat(Evaluation.of(flipped, Losses.binaryCrossEntropy(), four()).accuracy()).isEqualTo(1.0);
        Mlp negative = new Mlp(1, List.of(1), 1, new Identity()).initialize(new Constant(1), new Zeros(), 1);
        negative.layers().get(1).weights().value().data[0] = -1;
        assertThat(Evaluation.of(negative, Losses.binaryCrossEntropy(), four()).accuracy()).isEqualTo(0.0);
        assertThat(Evaluation.countCorrect(new int[] {1, 0, 1}, new int[] {1, 1, 1})).isEqualTo(2);
    }

    @Test
    void aNonFiniteGradientStopsTrainingBeforeTheStepAndSaysWhere() {
        Mlp net = new Mlp(1, List.of(2), 1, new Identity()).initialize(new Constant(0.5), new Zeros(), 1);
        double before = net.layers().get(0).weights().value().data[0];
        TrainingListener poison = new TrainingListener() {
            @Override
            public void afterBackward(StepContext context) {
                context.network().layers().get(1).bias().grad().data[0] = Double.NaN;
            }
        };
        History h = new Trainer(net, Losses.binaryCrossEntropy(), new Sgd(0.1), new TrainingConfig(3, 2, 1))
                .listen(poison).fit(new TrainTest(four(), four()));
        assertThat(h.divergence()).isPresent();
        assertThat(h.divergence().get().step()).isEqualTo(1);
        assertThat(h.divergence().get().what()).isEqualTo("gradient of layer 2 bias became NaN");
        assertThat(net.layers().get(0).weights().value().data[0]).as("no update with a bad gradient").isEqualTo(before);
        assertThat(h.epochs()).hasSize(1);
    }

    @Test
    void oneEpochOfPlainSgdMovesTheWeightByTheHandComputedStep() {
        // a single batch of all four examples; logit = w·x with w = 1 (hidden identity unit weight 1, output weight 1)
        Mlp net = new Mlp(1, List.of(1), 1, new Identity()).initialize(new Constant(1), new Zeros(), 1);
        History h = new Trainer(net, Losses.binaryCrossEntropy(), new Sgd(0.5), new TrainingConfig(1, 4, 1))
                .fit(new TrainTest(four(), four()));
        // dL/dlogit_i = (σ(x_i) − y_i)/4; dL/dv (output weight) = Σ (σ(x_i) − y_i)·h_i / 4 with h_i = x_i
        double grad = 0;
        double[] x = {-2, -1, 1, 2};
        int[] y = {0, 0, 1, 1};
        for (int i = 0; i < 4; i++) {
            grad += (1 / (1 + Math.exp(-x[i])) - y[i]) * x[i] / 4;
        }
        assertThat(net.layers().get(1).weights().value().data[0]).isCloseTo(1 - 0.5 * grad, within(1e-14));
        assertThat(h.steps()).hasSize(1);
        assertThat(h.steps().get(0).loss()).isCloseTo((2 * Math.log1p(Math.exp(-2)) + 2 * Math.log1p(Math.exp(-1))) / 4,
                within(1e-14));
        assertThat(h.last().trainLoss()).as("the epoch's train loss is the mean of its batch losses")
                .isCloseTo(h.steps().get(0).loss(), within(1e-14));
    }

    @Test
    void listenersHearEveryEventAndTheEpochRecordAveragesItsBatches() {
        Mlp net = new Mlp(1, List.of(1), 1, new Identity()).initialize(new Constant(1), new Zeros(), 1);
        List<String> heard = new ArrayList<>();
        List<Integer> stepsPerEpoch = new ArrayList<>();
        TrainingListener ear = new TrainingListener() {
            @Override
            public void onStart(Mlp network, EpochRecord initial) {
                heard.add("start " + initial.epoch());
            }

            @Override
            public void afterBackward(StepContext step) {
                stepsPerEpoch.add(step.stepsPerEpoch());
            }

            @Override
            public void onEpochEnd(EpochRecord epoch) {
                heard.add("epoch " + epoch.epoch());
            }

            @Override
            public void onEnd(History history) {
                heard.add("end");
            }
        };
        History h = new Trainer(net, Losses.binaryCrossEntropy(), new Sgd(1e-12), new TrainingConfig(2, 3, 1))
                .listen(ear).fit(new TrainTest(four(), four()));
        assertThat(heard).containsExactly("start 0", "epoch 1", "epoch 2", "end");
        assertThat(stepsPerEpoch).containsExactly(2, 2, 2, 2); // ⌈4/3⌉ batches of at most 3
        // with a negligible learning rate every batch sees the initial network: the epoch's loss is the mean over
        // examples of the per-example losses, whatever the batch sizes (3 + 1)
        double perExample = (2 * Math.log1p(Math.exp(-2)) + 2 * Math.log1p(Math.exp(-1))) / 4;
        assertThat(h.epochs().get(1).trainLoss()).isCloseTo(perExample, within(1e-9));
        assertThat(h.epochs().get(1).trainAccuracy()).isEqualTo(1.0);
        assertThat(h.steps()).hasSize(4);
        assertThat(h.steps().get(3).epoch()).isEqualTo(2);
    }

    @Test
    void aNonFiniteLossSaysWhichLayerWentFirst() {
        Mlp net = new Mlp(1, List.of(2), 1, new Identity()).initialize(new Constant(1), new Zeros(), 1);
        net.layers().get(0).weights().value().data[1] = Double.NaN;
        History h = new Trainer(net, Losses.binaryCrossEntropy(), new Sgd(0.1), new TrainingConfig(1, 4, 1))
                .fit(new TrainTest(four(), four()));
        assertThat(h.divergence().get().what())
                .isEqualTo("loss became NaN (first non-finite values: layer 1's pre-activations, NaN)");
        assertThat(h.divergence().get().step()).isEqualTo(1);
    }

    @Test
    void settingsAtTheirEdges() {
        assertThat(new TrainingConfig(0, 1, 1).epochs()).isZero();
        assertThatThrownBy(() -> new TrainingConfig(-1, 1, 1))
                .hasMessage("training: epochs must be 0 or more, got -1");
        assertThatThrownBy(() -> new TrainingConfig(1, 0, 1))
                .hasMessage("training: batchSize must be positive, got 0");
        assertThat(new TrainingConfig(1, 1, 1, 1e-300).clips()).isTrue();
        assertThat(new TrainingConfig(1, 1, 1, 0).clips()).isFalse();
        assertThat(new TrainingConfig(1, 1, 1).clips()).isFalse();
    }

    @Test
    void evaluationOverSeveralChunksWeighsEveryExampleOnce() {
        int n = 2500; // chunks of 1024, 1024 and 452
        double[] x = new double[n];
        int[] y = new int[n];
        double expected = 0;
        int correct = 0;
        for (int i = 0; i < n; i++) {
            x[i] = (i % 7) - 3;
            y[i] = i % 3 == 0 ? 1 : 0;
            expected += y[i] == 1 ? Math.log1p(Math.exp(-x[i])) : Math.log1p(Math.exp(x[i]));
            correct += (x[i] > 0 ? 1 : 0) == y[i] ? 1 : 0;
        }
        Mlp net = new Mlp(1, List.of(1), 1, new Identity()).initialize(new Constant(1), new Zeros(), 1);
        Evaluation e = Evaluation.of(net, Losses.binaryCrossEntropy(), new Dataset("many", x, 1, y, 2));
        assertThat(e.loss()).isCloseTo(expected / n, within(1e-12));
        assertThat(e.accuracy()).isEqualTo((double) correct / n);
    }
}
