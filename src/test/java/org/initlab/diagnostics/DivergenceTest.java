package org.initlab.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.initlab.activation.Tanh;
import org.initlab.autograd.Tensor;
import org.initlab.data.ToyData;
import org.initlab.init.XavierNormal;
import org.initlab.init.Zeros;
import org.initlab.nn.Losses;
import org.initlab.nn.Mlp;
import org.initlab.optim.Optimizer;
import org.initlab.optim.Sgd;
import org.initlab.train.Divergence;
import org.initlab.train.History;
import org.initlab.train.Trainer;
import org.initlab.train.TrainingConfig;
import org.junit.jupiter.api.Test;

/** The non-finite detector names the step and the place; what was recorded before is kept. */
class DivergenceTest {
    /** SGD that puts +Inf into layer 2's weights at step 3. */
    private static final class Saboteur implements Optimizer {
        private final Sgd sgd = new Sgd(0.01);
        private int step;

        @Override
        public String name() {
            return "saboteur";
        }

        @Override
        public void step(List<Tensor> parameters) {
            sgd.step(parameters);
            if (++step == 3) {
                parameters.get(2).value().data[5] = Double.POSITIVE_INFINITY;
            }
        }
    }

    @Test
    void reportsTheStepAndLayerWhereAWeightBecameInfinite() {
        Mlp net = Mlp.uniform(2, 3, 8, 1, new Tanh()).initialize(new XavierNormal(1), new Zeros(), 1);
        Recorder recorder = new Recorder(1);
        History h = new Trainer(net, Losses.binaryCrossEntropy(), new Saboteur(), new TrainingConfig(5, 10, 1))
                .listen(recorder).fit(ToyData.circles(100, 0.05, 1).split(0.2, 1));
        Divergence d = h.divergence().orElseThrow();
        assertThat(d.step()).isEqualTo(3);
        assertThat(d.what()).isEqualTo("layer 2 weights became Infinity");
        assertThat(h.steps()).hasSize(3);
        assertThat(recorder.lastStep()).isEqualTo(3);
        assertThat(recorder.value(2, 1, Metric.ACT_STD)).isFinite();
    }

    @Test
    void anInfiniteLossAtTheFirstStepIsReportedThere() {
        Mlp net = Mlp.uniform(2, 2, 4, 1, new Tanh()).initialize(new XavierNormal(1), new Zeros(), 1);
        net.outputLayer().bias().value().data[0] = Double.NEGATIVE_INFINITY;
        History h = new Trainer(net, Losses.binaryCrossEntropy(), new Sgd(0.1), new TrainingConfig(2, 10, 1))
                .fit(ToyData.circles(100, 0.05, 1).split(0.2, 1));
        assertThat(h.divergence().orElseThrow().step()).isEqualTo(1);
        assertThat(h.divergence().get().what()).startsWith("loss became");
    }
}
