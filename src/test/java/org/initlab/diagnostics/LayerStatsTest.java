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
        assertThat(q.get("directions")).isEqualTo(2.0);
        assertThat(q.get("mean_cosine")).isEqualTo(0.0);
    }

    @Test
    void deadUnitsAndIdenticalUnits() {
        Map<String, Double> dead = LayerStats.of(layer(new double[][] {{-1, 1}, {-1, 1}}), 1e-9);
        assertThat(dead.get("dead_frac")).isEqualTo(0.5);
        assertThat(dead.get("zero_frac")).isEqualTo(0.5);
        Map<String, Double> same = LayerStats.of(layer(new double[][] {{1, 1}, {1, 1}}), 1e-9);
        assertThat(same.get("directions")).isEqualTo(1.0);
        assertThat(same.get("mean_cosine")).isCloseTo(1.0, within(1e-15));
    }

    @Test
    void saturationOfTanh() {
        assertThat(LayerStats.saturatedFraction(new Tanh(), new double[] {0.99, -0.98, 0.5, 0.0})).isEqualTo(0.5);
    }

    private static int directions(Dense d) {
        return Symmetry.directions(d.weights().value().data, d.bias().value().data, d.fanIn(), d.fanOut(),
                Symmetry.DIRECTION_TOLERANCE);
    }

    @Test
    void zeroLayersSpanNoDirectionConstantLayersOneAndRandomLayersAll() {
        Mlp zeros = Mlp.uniform(3, 2, 16, 1, new Tanh()).initialize(new Zeros(), new Zeros(), 1);
        Mlp constant = Mlp.uniform(3, 2, 16, 1, new Tanh()).initialize(new Constant(0.3), new Zeros(), 1);
        Mlp random = Mlp.uniform(3, 2, 16, 1, new Tanh()).initialize(new XavierNormal(1), new Zeros(), 1);
        for (int l = 0; l < 2; l++) {
            assertThat(directions(zeros.hiddenLayers().get(l))).isZero();
            assertThat(directions(constant.hiddenLayers().get(l))).isEqualTo(1);
        }
        // layer 1 has 3 inputs (and zero biases): at most 3 directions; layer 2 is 16 × 16
        assertThat(directions(random.hiddenLayers().get(0))).isEqualTo(3);
        assertThat(directions(random.hiddenLayers().get(1))).isEqualTo(16);
        Dense d = random.hiddenLayers().get(1);
        assertThat(Math.abs(Symmetry.meanCosine(d.weights().value().data, d.fanIn(), d.fanOut()))).isLessThan(0.2);
    }

    @Test
    void aConstantWithTinyNoiseStillSpansOneDirectionButVisibleNoiseSpansAll() {
        int fanIn = 48;
        int n = 32;
        java.util.SplittableRandom random = new java.util.SplittableRandom(1);
        double[] tiny = new double[fanIn * n];
        double[] visible = new double[fanIn * n];
        for (int i = 0; i < tiny.length; i++) {
            double g = random.nextDouble(-1, 1);
            tiny[i] = 0.177 + 1e-5 * g;
            visible[i] = 0.177 + 0.05 * g;
        }
        double[] bias = new double[n];
        // every unit differs from every other in its weights (the old "distinct units" count said 32) ...
        assertThat(Symmetry.directions(tiny, bias, fanIn, n, Symmetry.DIRECTION_TOLERANCE)).isEqualTo(1);
        assertThat(Symmetry.meanCosine(tiny, fanIn, n)).isGreaterThan(0.999_999);
        // ... while noise of the weights' own order spreads the units over every direction
        assertThat(Symmetry.directions(visible, bias, fanIn, n, Symmetry.DIRECTION_TOLERANCE)).isEqualTo(n);
    }
}
