package org.initlab.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;
import org.initlab.activation.Relu;
import org.initlab.activation.Tanh;
import org.initlab.autograd.Tensor;
import org.initlab.init.Constant;
import org.initlab.init.XavierNormal;
import org.initlab.init.Zeros;
import org.initlab.nn.Dense;
import org.initlab.nn.Mlp;
import org.junit.jupiter.api.Test;

/** The recorder's numbers against values computed by hand on a 2-unit layer. */
class LayerStatsTest {
    private static Dense layer(double[][] w) {
        Dense d = new Dense(2, 2, new Relu());
        d.weights().value().setTo(new DMatrixRMaj(w));
        Tensor a = d.forward(Tensor.of(new double[][] {{1, 2}, {3, 4}}));
        a.backward(new DMatrixRMaj(new double[][] {{1, 1}, {1, 1}}));
        return d;
    }

    @Test
    void identityWeightsOnAKnownBatch() {
        Map<String, Double> q = LayerStats.of(layer(new double[][] {{1, 0}, {0, 1}}), 1e-9);
        // z = x = [[1,2],[3,4]]: mean 2.5, population std √1.25
        assertThat(q.get("preact_mean")).isEqualTo(2.5);
        assertThat(q.get("preact_std")).isCloseTo(Math.sqrt(1.25), within(1e-15));
        assertThat(q.get("act_min")).isEqualTo(1.0);
        assertThat(q.get("act_max")).isEqualTo(4.0);
        assertThat(q.get("dead_frac")).isEqualTo(0.0);
        assertThat(q.get("zero_frac")).isEqualTo(0.0);
        assertThat(q.get("saturated_frac")).isNaN();
        // dW = xᵀ·dZ with dZ = ones: [[4,4],[6,6]]
        assertThat(q.get("grad_w_norm")).isCloseTo(Math.sqrt(104), within(1e-12));
        assertThat(q.get("grad_w_std")).isEqualTo(1.0);
        assertThat(q.get("grad_act_norm")).isEqualTo(2.0);
        assertThat(q.get("distinct_units")).isEqualTo(2.0);
        assertThat(q.get("mean_cosine")).isEqualTo(0.0);
    }

    @Test
    void deadUnitsAndIdenticalUnits() {
        Map<String, Double> dead = LayerStats.of(layer(new double[][] {{-1, 1}, {-1, 1}}), 1e-9);
        assertThat(dead.get("dead_frac")).isEqualTo(0.5);
        assertThat(dead.get("zero_frac")).isEqualTo(0.5);
        Map<String, Double> same = LayerStats.of(layer(new double[][] {{1, 1}, {1, 1}}), 1e-9);
        assertThat(same.get("distinct_units")).isEqualTo(1.0);
        assertThat(same.get("mean_cosine")).isCloseTo(1.0, within(1e-15));
    }

    @Test
    void saturationOfTanh() {
        assertThat(LayerStats.saturatedFraction(new Tanh(), new double[] {0.99, -0.98, 0.5, 0.0})).isEqualTo(0.5);
    }

    @Test
    void symmetryIsOneUnitForZeroAndConstantInitAndAllForRandom() {
        for (var init : List.of(new Zeros(), new Constant(0.3))) {
            Mlp net = Mlp.uniform(3, 2, 16, 1, new Tanh()).initialize(init, new Zeros(), 1);
            for (Dense d : net.hiddenLayers()) {
                assertThat(Symmetry.distinctUnits(d.weights().value().data, d.bias().value().data, d.fanIn(), d.fanOut(), 1e-9))
                        .isEqualTo(1);
            }
        }
        Mlp random = Mlp.uniform(3, 2, 16, 1, new Tanh()).initialize(new XavierNormal(1), new Zeros(), 1);
        for (Dense d : random.hiddenLayers()) {
            assertThat(Symmetry.distinctUnits(d.weights().value().data, d.bias().value().data, d.fanIn(), d.fanOut(), 1e-9))
                    .isEqualTo(16);
            assertThat(Math.abs(Symmetry.meanCosine(d.weights().value().data, d.fanIn(), d.fanOut()))).isLessThan(0.2);
        }
    }
}
