package org.initlab.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.initlab.diagnostics.Metric.ACT_MAX;
import static org.initlab.diagnostics.Metric.ACT_MIN;
import static org.initlab.diagnostics.Metric.DEAD_FRAC;
import static org.initlab.diagnostics.Metric.DIRECTIONS;
import static org.initlab.diagnostics.Metric.GRAD_ACT_NORM;
import static org.initlab.diagnostics.Metric.GRAD_W_NORM;
import static org.initlab.diagnostics.Metric.GRAD_W_STD;
import static org.initlab.diagnostics.Metric.MEAN_COSINE;
import static org.initlab.diagnostics.Metric.PREACT_MEAN;
import static org.initlab.diagnostics.Metric.PREACT_STD;
import static org.initlab.diagnostics.Metric.SATURATED_FRAC;
import static org.initlab.diagnostics.Metric.ZERO_FRAC;

import java.util.List;
import java.util.SplittableRandom;
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
        LayerMetrics q = LayerStats.of(layer(new double[][] {{1, 0}, {0, 1}}), 1e-9);
        // z = x = [[1,2],[3,4]]: mean 2.5, population std √1.25
        assertThat(q.get(PREACT_MEAN)).isEqualTo(2.5);
        assertThat(q.get(PREACT_STD)).isCloseTo(Math.sqrt(1.25), within(1e-15));
        assertThat(q.get(ACT_MIN)).isEqualTo(1.0);
        assertThat(q.get(ACT_MAX)).isEqualTo(4.0);
        assertThat(q.get(DEAD_FRAC)).isEqualTo(0.0);
        assertThat(q.get(ZERO_FRAC)).isEqualTo(0.0);
        assertThat(q.get(SATURATED_FRAC)).isNaN();
        // dW = xᵀ·dZ with dZ = ones: [[4,4],[6,6]]
        assertThat(q.get(GRAD_W_NORM)).isCloseTo(Math.sqrt(104), within(1e-12));
        assertThat(q.get(GRAD_W_STD)).isEqualTo(1.0);
        assertThat(q.get(GRAD_ACT_NORM)).isEqualTo(2.0);
        assertThat(q.get(DIRECTIONS)).isEqualTo(2.0);
        assertThat(q.get(MEAN_COSINE)).isEqualTo(0.0);
    }

    @Test
    void deadUnitsAndIdenticalUnits() {
        LayerMetrics dead = LayerStats.of(layer(new double[][] {{-1, 1}, {-1, 1}}), 1e-9);
        assertThat(dead.get(DEAD_FRAC)).isEqualTo(0.5);
        assertThat(dead.get(ZERO_FRAC)).isEqualTo(0.5);
        LayerMetrics same = LayerStats.of(layer(new double[][] {{1, 1}, {1, 1}}), 1e-9);
        assertThat(same.get(DIRECTIONS)).isEqualTo(1.0);
        assertThat(same.get(MEAN_COSINE)).isCloseTo(1.0, within(1e-15));
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
        SplittableRandom random = new SplittableRandom(1);
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
