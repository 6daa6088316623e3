package org.initlab.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.initlab.activation.Relu;
import org.initlab.activation.Tanh;
import org.initlab.data.Dataset;
import org.initlab.data.ToyData;
import org.initlab.data.TrainTest;
import org.initlab.init.HeNormal;
import org.initlab.init.FanMode;
import org.initlab.init.Normal;
import org.initlab.init.XavierNormal;
import org.initlab.init.Zeros;
import org.initlab.nn.Loss;
import org.initlab.nn.Losses;
import org.initlab.nn.Mlp;
import org.initlab.optim.Adam;
import org.initlab.optim.Momentum;
import org.initlab.optim.Sgd;
import org.junit.jupiter.api.Test;

class TrainingTest {
    private static History train(Dataset data, Mlp net, long seed, int epochs) {
        Loss loss = Losses.forClasses(data.classes());
        TrainTest split = data.split(0.25, seed);
        return new Trainer(net, loss, new Adam(0.01), new TrainingConfig(epochs, 32, seed)).fit(split);
    }

    @Test
    void learnsXorAbove95Percent() {
        Dataset xor = ToyData.xor(400, 0.05, 1);
        Mlp net = new Mlp(2, List.of(16, 16), 1, new Tanh()).initialize(new XavierNormal(1), new Zeros(), 1);
        History h = train(xor, net, 1, 60);
        assertThat(h.divergence()).isEmpty();
        assertThat(h.last().testAccuracy()).isGreaterThan(0.95);
        assertThat(h.initial().testAccuracy()).isLessThan(0.9);
    }

    @Test
    void learnsCirclesAbove95Percent() {
        Dataset circles = ToyData.circles(600, 0.05, 2);
        Mlp net = new Mlp(2, List.of(32, 32), 1, new Relu())
                .initialize(new HeNormal(FanMode.FAN_IN, 0), new Zeros(), 2);
        History h = train(circles, net, 2, 60);
        assertThat(h.last().testAccuracy()).isGreaterThan(0.95);
        assertThat(h.last().trainLoss()).isLessThan(h.initial().trainLoss() / 3);
    }

    @Test
    void learnsThreeSpiralArmsWithSoftmaxAndMomentum() {
        Dataset spirals = ToyData.spirals(600, 3, 0.02, 3);
        Mlp net = new Mlp(2, List.of(64, 64), 3, new Tanh()).initialize(new XavierNormal(1), new Zeros(), 3);
        History h = new Trainer(net, Losses.softmaxCrossEntropy(), new Momentum(0.05, 0.9, true),
                new TrainingConfig(150, 32, 3)).fit(spirals.split(0.25, 3));
        assertThat(h.last().testAccuracy()).isGreaterThan(0.9);
    }

    @Test
    void sameSeedGivesIdenticalHistoriesBitForBit() {
        History a = train(ToyData.moons(200, 0.1, 5),
                new Mlp(2, List.of(8, 8), 1, new Tanh()).initialize(new XavierNormal(1), new Zeros(), 5), 5, 5);
        History b = train(ToyData.moons(200, 0.1, 5),
                new Mlp(2, List.of(8, 8), 1, new Tanh()).initialize(new XavierNormal(1), new Zeros(), 5), 5, 5);
        History c = train(ToyData.moons(200, 0.1, 6),
                new Mlp(2, List.of(8, 8), 1, new Tanh()).initialize(new XavierNormal(1), new Zeros(), 6), 6, 5);
        assertThat(a.steps()).isEqualTo(b.steps());
        assertThat(a.epochs()).isEqualTo(b.epochs());
        assertThat(a.steps()).isNotEqualTo(c.steps());
    }

    @Test
    void aDivergingRunStopsCleanlyAndSaysWhere() {
        Dataset circles = ToyData.circles(200, 0.05, 7);
        Mlp net = Mlp.uniform(2, 10, 32, 1, new Relu()).initialize(new Normal(0, 3.0), new Zeros(), 7);
        History h = new Trainer(net, Losses.binaryCrossEntropy(), new Sgd(1.0), new TrainingConfig(20, 16, 7))
                .fit(circles.split(0.25, 7));
        assertThat(h.divergence()).isPresent();
        Divergence d = h.divergence().get();
        assertThat(d.step()).isBetween(1, 20 * 10);
        assertThat(h.steps()).hasSize(d.step());
        assertThat(d.toString()).startsWith("diverged at step " + d.step());
        assertThat(d.what()).containsAnyOf("NaN", "Infinity");
    }

    @Test
    void listenersSeeEveryStepAndEpoch() {
        int[] counts = new int[3];
        Dataset blobs = ToyData.blobs(120, 3, 0.1, 8);
        Mlp net = new Mlp(2, List.of(8), 3, new Tanh()).initialize(new XavierNormal(1), new Zeros(), 8);
        History h = new Trainer(net, Losses.softmaxCrossEntropy(), new Sgd(0.1), new TrainingConfig(3, 30, 8))
                .listen(new TrainingListener() {
                    @Override
                    public void afterBackward(StepContext step) {
                        counts[0]++;
                        assertThat(step.network().layers().get(0).lastPreActivation().grad()).isNotNull();
                    }

                    @Override
                    public void afterUpdate(StepContext step) {
                        counts[1]++;
                    }

                    @Override
                    public void onEpochEnd(EpochRecord epoch) {
                        counts[2]++;
                    }
                }).fit(blobs.split(0.25, 8));
        // 90 training examples in batches of 30: 3 steps per epoch
        assertThat(counts).containsExactly(9, 9, 3);
        assertThat(h.steps()).hasSize(9);
        assertThat(h.epochs()).hasSize(4);
    }
}
