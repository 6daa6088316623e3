package org.initlab.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.initlab.activation.Activation;
import org.initlab.activation.Relu;
import org.initlab.activation.Tanh;
import org.initlab.autograd.Tensor;
import org.initlab.data.ToyData;
import org.initlab.init.Lsuv;
import org.initlab.init.Zeros;
import org.junit.jupiter.api.Test;

/** LSUV's data step, run by the network: unit pre-activation variance in every layer, and refused without data. */
class LsuvCalibrationTest {
    @Test
    void lsuvReachesUnitOutputVarianceOnDeepTanhAndReluNets() {
        Tensor batch = ToyData.gaussian(500, 100, 3).all().x();
        for (Activation act : List.of(new Tanh(), new Relu())) {
            Mlp net = Mlp.uniform(100, 12, 100, 10, act);
            List<String> lines = net.initialize(new Lsuv(0.05, 10), new Zeros(), 3, batch);
            assertThat(lines).hasSize(13).noneMatch(l -> l.contains("not within"));
            net.forwardNoGrad(batch);
            for (Dense layer : net.layers()) {
                assertThat(LsuvCalibration.variance(layer.lastPreActivation().value().data))
                        .isCloseTo(1.0, within(0.05));
            }
        }
        Mlp net = Mlp.uniform(4, 2, 4, 1, new Tanh());
        assertThatThrownBy(() -> net.initialize(new Lsuv(0.1, 10), new Zeros(), 1))
                .hasMessageContaining("lsuv is data-dependent: it needs a batch of inputs");
    }

    @Test
    void lsuvMeasuresThePopulationVariance() {
        assertThat(LsuvCalibration.variance(new double[] {1, 2, 3, 4})).isEqualTo(1.25);
        assertThat(LsuvCalibration.variance(new double[] {-3, -3})).isZero();
    }
}
