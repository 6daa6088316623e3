package org.initlab.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.initlab.diagnostics.Metric.ACT_MEAN;
import static org.initlab.diagnostics.Metric.ACT_STD;
import static org.initlab.diagnostics.Metric.DEAD_FRAC;
import static org.initlab.diagnostics.Metric.DIRECTIONS;
import static org.initlab.diagnostics.Metric.GRAD_ACT_STD;
import static org.initlab.diagnostics.Metric.GRAD_W_STD;
import static org.initlab.diagnostics.Metric.PREACT_STD;
import static org.initlab.diagnostics.Metric.SATURATED_FRAC;
import static org.initlab.diagnostics.Metric.ZERO_FRAC;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;
import org.initlab.activation.Relu;
import org.initlab.activation.Tanh;
import org.initlab.autograd.Tensor;
import org.initlab.diagnostics.LayerMetrics;
import org.initlab.diagnostics.Metric;
import org.initlab.init.ComponentNames;
import org.initlab.nn.Dense;
import org.junit.jupiter.api.Test;

/**
 * The probe's JSON on networks whose numbers follow by hand: zero weights (every activation 0, every gradient below
 * the top 0), all-ones weights on the identity (each layer doubles the last), and the mean-field theory of N(0, 1)
 * weights on 4 identity units (each layer multiplies the std by √4 · 1 = 2).
 */
class ProbeViewTest {
    static Map<String, Object> probe(String query) {
        return ProbeView.of(LabSettings.parse(Query.parse(query), ComponentNames.BUILT_IN));
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> layers(Map<String, Object> probe) {
        return (List<Map<String, Object>>) probe.get("layers");
    }

    @Test
    void zeroWeightsGiveZeroActivationsAndNoGradientBelowTheTop() {
        Map<String, Object> p = probe("activation=tanh&init=zeros&depth=2&width=3&batch=4");
        assertThat(p).containsOnlyKeys("settings", "layers", "activationHistograms", "gradientHistograms",
                "theoryNote", "verdicts", "ms");
        assertThat(Json.of(p.get("settings"))).isEqualTo("{\"activation\":\"tanh\",\"init\":\"zeros\",\"initKey\":"
                + "\"zeros\",\"initDescription\":\"W = 0 everywhere\",\"depth\":2,\"width\":3,\"batch\":4,\"seed\":1}");
        List<Map<String, Object>> layers = layers(p);
        assertThat(layers).hasSize(2);
        assertThat(Json.of(layers.get(0))).isEqualTo("{\"preact_std\":0,\"act_mean\":0,\"act_std\":0,"
                + "\"saturated_frac\":0,\"dead_frac\":null,\"zero_frac\":1,\"grad_act_std\":0,\"grad_w_std\":0,"
                + "\"directions\":1,\"layer\":1,\"theory_preact_std\":0,\"theory_act_std\":0,"
                + "\"theory_grad_act_std\":0}");
        // the top layer gets the unit signal (its sample std is near 1) but its input, layer 1's output, is 0
        String top = Json.of(layers.get(1));
        assertThat(top).startsWith("{\"preact_std\":0,\"act_mean\":0,\"act_std\":0,\"saturated_frac\":0,"
                + "\"dead_frac\":null,\"zero_frac\":1,\"grad_act_std\":")
                .endsWith(",\"grad_w_std\":0,\"directions\":1,\"layer\":2,\"theory_preact_std\":0,\"theory_act_std\":0,"
                        + "\"theory_grad_act_std\":1}");
        assertThat((double) layers.get(1).get("grad_act_std")).isBetween(0.3, 3.0);
        // all 12 activations of each layer are 0: the unit range around 0, bin 20 of 40
        long[] zeroBin = new long[ProbeView.BINS];
        zeroBin[20] = 12;
        Map<?, ?> activations = (Map<?, ?>) p.get("activationHistograms");
        assertThat(activations.get("low")).isEqualTo(-0.5);
        assertThat(activations.get("high")).isEqualTo(0.5);
        assertThat(((List<?>) activations.get("counts")).toArray()).containsExactly(zeroBin, zeroBin);
        // layer 1's 12 gradients are 0: one bin holds them all; layer 2's are the signal
        List<?> gradients = (List<?>) ((Map<?, ?>) p.get("gradientHistograms")).get("counts");
        assertThat((long[]) gradients.get(0)).contains(12L).containsOnly(0L, 12L);
        assertThat(Arrays.stream((long[]) gradients.get(1)).sum()).isEqualTo(12);
        assertThat(p.get("theoryNote")).isEqualTo("");
        assertThat(Json.of(p.get("verdicts"))).contains("symmetry not broken", "no forward signal at all");
    }

    @Test
    void deadReluUnitsAreCountedOnlyForRelu() {
        List<Map<String, Object>> layers = layers(probe("activation=relu&init=zeros&depth=1&width=3&batch=4"));
        assertThat(layers.get(0)).containsEntry("dead_frac", 1.0).containsEntry("zero_frac", 1.0);
        assertThat((double) layers.get(0).get("saturated_frac")).isNaN();
    }

    @Test
    void theTheoryOfUnitGaussianWeightsOnFourIdentityUnitsDoublesTheStdPerLayer() {
        Map<String, Object> p = probe("activation=identity&init=normal&std=1&depth=3&width=4&batch=5");
        List<Map<String, Object>> layers = layers(p);
        assertThat(layers).extracting(l -> l.get("layer")).containsExactly(1, 2, 3);
        // forward: q_l = 4 · 1² · q_(l−1) from q_0 = 1, so std 2, 4, 8; backward from 1 at the top: 4, 2, 1
        assertThat(layers).extracting(l -> l.get("theory_preact_std")).containsExactly(2.0, 4.0, 8.0);
        assertThat(layers).extracting(l -> l.get("theory_act_std")).containsExactly(2.0, 4.0, 8.0);
        assertThat(layers).extracting(l -> l.get("theory_grad_act_std")).containsExactly(4.0, 2.0, 1.0);
        // random weights: the units differ, and the identity neither saturates nor dies
        for (Map<String, Object> l : layers) {
            assertThat((double) l.get("directions")).isNaN();
            assertThat((double) l.get("dead_frac")).isNaN();
            assertThat((double) l.get("saturated_frac")).isNaN();
            assertThat(l.get("act_std")).isEqualTo(l.get("preact_std"));
        }
        assertThat(p.get("theoryNote")).isEqualTo("");
    }

    @Test
    void onesOnTheIdentityDoubleEachLayerAndTheTheoryDeclinesWithANote() {
        Map<String, Object> p = probe("activation=identity&init=ones&depth=2&width=2&batch=3");
        List<Map<String, Object>> layers = layers(p);
        // both units of layer 1 are s = x1 + x2; both of layer 2 are 2s
        assertThat((double) layers.get(1).get("act_std")).isCloseTo(2 * (double) layers.get(0).get("act_std"),
                within(1e-12));
        assertThat((double) layers.get(1).get("act_mean")).isCloseTo(2 * (double) layers.get(0).get("act_mean"),
                within(1e-12));
        assertThat(layers).extracting(l -> l.get("directions")).containsExactly(1.0, 1.0);
        assertThat(layers).allSatisfy(l -> assertThat(l).doesNotContainKeys("theory_preact_std", "theory_act_std",
                "theory_grad_act_std"));
        assertThat(p.get("theoryNote")).isEqualTo("theory: ones does not give zero-mean weights of a known variance, "
                + "so the mean-field prediction does not apply");
    }

    @Test
    void theTimeTakenIsMillisecondsOfThisCall() {
        long before = System.nanoTime();
        double ms = (double) probe("depth=2&width=8&batch=16").get("ms");
        double elapsed = (System.nanoTime() - before) / 1e6;
        assertThat(ms).isPositive().isLessThanOrEqualTo(elapsed);
    }

    @Test
    void aReluLayerIsMeasuredLikeTheLayerStatisticsByHand() {
        // W = (1, −1), b = 0, x = (1, 2, 3): z = ±x, a = (x, 0); unit 2 never fires
        Dense layer = new Dense(1, 2, new Relu());
        layer.weights().value().data[0] = 1;
        layer.weights().value().data[1] = -1;
        layer.forward(Tensor.of(new double[][] {{1}, {2}, {3}}));
        LayerMetrics before = ProbeView.measure(layer);
        assertThat(before.get(PREACT_STD)).isCloseTo(Math.sqrt(14.0 / 3), within(1e-12)); // z: ±1, ±2, ±3
        assertThat(before.get(ACT_MEAN)).isCloseTo(1.0, within(1e-12));                   // a: 1, 0, 2, 0, 3, 0
        assertThat(before.get(ACT_STD)).isCloseTo(Math.sqrt(4.0 / 3), within(1e-12));
        assertThat(before.get(SATURATED_FRAC)).isNaN();
        assertThat(before.get(DEAD_FRAC)).isEqualTo(0.5);
        assertThat(before.get(ZERO_FRAC)).isEqualTo(0.5);
        assertThat(before.get(GRAD_ACT_STD)).isNaN(); // no backward pass yet
        assertThat(before.get(GRAD_W_STD)).isNaN();
        assertThat(before.get(DIRECTIONS)).isNaN();
        // dL/da = 1 everywhere: dL/dW = xᵀ · (1 where z > 0) = (1 + 2 + 3, 0), std 3
        DMatrixRMaj ones = new DMatrixRMaj(3, 2);
        ones.fill(1);
        layer.lastActivation().backward(ones);
        LayerMetrics after = ProbeView.measure(layer);
        assertThat(after.get(GRAD_ACT_STD)).isEqualTo(0.0);
        assertThat(after.get(GRAD_W_STD)).isCloseTo(3.0, within(1e-12));
        assertThat(ProbeView.jsonRow(after, 7)).containsKeys("preact_std", "grad_w_std", "directions")
                .containsEntry("layer", 7).hasSize(10);
    }

    @Test
    void aJsonRowIsEveryMeasuredMetricUnderItsKeyThenTheLayer() {
        Map<Metric, Double> q = new EnumMap<>(Metric.class);
        q.put(ZERO_FRAC, 0.25);
        q.put(ACT_STD, 2.0);
        assertThat(Json.of(ProbeView.jsonRow(new LayerMetrics(q), 3))).isEqualTo("{\"act_std\":2,\"zero_frac\":0.25,"
                + "\"layer\":3}");
    }

    @Test
    void unitsAreIdenticalWhenEveryWeightAndBiasMatchesUnitZerosWithinTheTolerance() {
        // 2 inputs × 3 units; column j holds unit j's weights: w[i * 3 + j]
        assertThat(ProbeView.allUnitsIdentical(layer(new double[] {5, 5, 5, -2, -2, -2}, 1, 1, 1))).isTrue();
        assertThat(ProbeView.allUnitsIdentical(layer(new double[] {5, 5, 5, -2, -2, -2}, 1, 1, 1 + 1e-6))).isFalse();
        assertThat(ProbeView.allUnitsIdentical(layer(new double[] {5, 5, 5, -2, -2 + 1e-6, -2}, 1, 1, 1))).isFalse();
        assertThat(ProbeView.allUnitsIdentical(layer(new double[] {5, 5, 5 + 1e-6, -2, -2, -2}, 1, 1, 1))).isFalse();
        assertThat(ProbeView.allUnitsIdentical(layer(new double[] {5, 5, 5, -2, -2, -2 - 1e-6}, 1, 1, 1))).isFalse();
        // the tolerance is 1e-9 · (1 + max |w|): 1.01e-7 for weights of 100, 1e-9 for weights of 0
        assertThat(ProbeView.allUnitsIdentical(layer(new double[] {100, 100 + 5e-8, 100, 0, 0, 0}, 0, 5e-8, 0)))
                .isTrue();
        assertThat(ProbeView.allUnitsIdentical(layer(new double[] {100, 100 + 2e-7, 100, 0, 0, 0}, 0, 0, 0)))
                .isFalse();
        assertThat(ProbeView.allUnitsIdentical(layer(new double[] {-100, -100, -100, 0, 0, 0}, 0, 0, 5e-8)))
                .isTrue();
        assertThat(ProbeView.allUnitsIdentical(layer(new double[] {0, 0, 0, 0, 0, 0}, 0, 0, 5e-9))).isFalse();
        assertThat(ProbeView.allUnitsIdentical(layer(new double[] {0, 0, 0, 0, 0, 0}, 0, 0, 5e-10))).isTrue();
        // "within" includes the tolerance itself: 1e-9 · (1 + 0) = 1e-9 and 1e-9 · (1 + 3) = 4e-9, exactly
        assertThat(ProbeView.allUnitsIdentical(layer(new double[] {0, 0, 0, 0, 0, 0}, 0, 1e-9, 0))).isTrue();
        assertThat(ProbeView.allUnitsIdentical(layer(new double[] {3, 3, 3, 0, 4e-9, 0}, 0, 0, 0))).isTrue();
        assertThat(ProbeView.allUnitsIdentical(layer(new double[] {3, 3, 3, 0, 5e-9, 0}, 0, 0, 0))).isFalse();
    }

    @Test
    void histogramsShareOneRangeOfFortyBins() {
        long[] first = new long[40];
        first[0] = 1;
        first[39] = 1;
        long[] second = new long[40];
        second[20] = 1;
        Map<String, Object> h = ProbeView.histograms(List.of(new double[] {0, 1}, new double[] {0.5}));
        assertThat(h).containsOnlyKeys("low", "high", "counts");
        assertThat(h.get("low")).isEqualTo(0.0);
        assertThat(h.get("high")).isEqualTo(1.0);
        assertThat(((List<?>) h.get("counts")).toArray()).containsExactly(first, second);
    }

    private static Dense layer(double[] weights, double... bias) {
        Dense layer = new Dense(2, 3, new Tanh());
        System.arraycopy(weights, 0, layer.weights().value().data, 0, 6);
        System.arraycopy(bias, 0, layer.bias().value().data, 0, 3);
        return layer;
    }
}
