package org.initlab.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
        assertThat(h.steps().get(0).loss()).isCloseTo((2 * Math.log1p(Math.exp(-2)) + 2 * Math.log1p(Math.exp(-1))) / 4, within(1e-14));
        assertThat(h.last().trainLoss()).as("the epoch's train loss is the mean of its batch losses")
                .isCloseTo(h.steps().get(0).loss(), within(1e-14));
    }
}
