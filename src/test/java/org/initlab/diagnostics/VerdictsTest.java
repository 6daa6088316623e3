package org.initlab.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The plain-words conclusions drawn from per-layer statistics, on layers whose figures are set by hand. */
class VerdictsTest {
    private static LayerMetrics layer(double actStd, double gradStd, double saturated, double dead,
                                             double directions) {
        return new LayerMetrics(Map.of(Metric.PREACT_STD, 1.0, Metric.ACT_STD, actStd, Metric.GRAD_ACT_STD, gradStd,
                Metric.SATURATED_FRAC, saturated, Metric.DEAD_FRAC, dead, Metric.DIRECTIONS, directions));
    }

    @Test
    void aVanishingForwardSignalAndAPreservedBackwardOneAreNamed() {
        List<String> v = Verdicts.of(List.of(layer(1, 100, 0.5, 0.25, 1), layer(0.5, 10, 0.8, 0, 2),
                layer(0.001, 1, 0.6, 0.5, 0)));
        assertThat(v).containsExactly(
                "the activation std of layer 3 is 0.00100× layer 1's: vanishing",
                "the back-propagated gradient at layer 1 is 100× layer 3's: the backward signal is roughly preserved",
                "more than half of the activations are saturated (derivative nearly 0) in layers 2–3, up to 80%",
                "dead units (zero for every example of the batch) in layers 1 and 3, up to 50% of a layer (layer 3)",
                "all units point the same way (at most 1 direction among them: symmetry not broken) in layers 1 and 3");
    }

    @Test
    void theMostDeadLayerIsTheFirstOfEqualShares() {
        List<String> v = Verdicts.of(List.of(layer(1, 1, 0, 0.5, 5), layer(1, 1, 0, 0.5, 5)));
        assertThat(v).contains("dead units (zero for every example of the batch) in layers 1–2, up to 50% of a layer "
                + "(layer 1)");
    }

    @Test
    void ratiosBeyondAHundredExplodeAndExactlyAHundredthIsStillPreserved() {
        List<String> v = Verdicts.of(List.of(layer(1, 0.01, 0, 0, 5), layer(1000, 1, 0, 0, 5)));
        assertThat(v).containsExactly(
                "the activation std of layer 2 is 1.00e+03× layer 1's: exploding",
                "the back-propagated gradient at layer 1 is 0.0100× layer 2's: the backward signal is roughly "
                        + "preserved");
        assertThat(Verdicts.of(List.of(layer(100, 1, 0, 0, 5), layer(100.01, 1, 0, 0, 5))).get(0))
                .endsWith("the forward signal is roughly preserved");
        assertThat(Verdicts.of(List.of(layer(1, 1, 0, 0, 5), layer(100.5, 1, 0, 0, 5))).get(0)).endsWith(": exploding");
        assertThat(Verdicts.of(List.of(layer(100, 1, 0, 0, 5), layer(0.99, 1, 0, 0, 5))).get(0))
                .endsWith(": vanishing");
    }

    @Test
    void aSignalThatIsZeroEverywhereOrInfiniteIsSaidSo() {
        assertThat(Verdicts.of(List.of(layer(0, 0, 0, 0, 5), layer(0, 0, 0, 0, 5)))).containsExactly(
                "the activation std of layer 2 and that of layer 1 are both exactly 0: no forward signal at all",
                "the back-propagated gradient at layer 1 and that of layer 2 are both exactly 0: no backward signal "
                        + "at all");
        assertThat(Verdicts.of(List.of(layer(0, 1, 0, 0, 5), layer(2, 1, 0, 0, 5))).get(0))
                .isEqualTo("the activation std of layer 2 is Infinity× layer 1's: not a finite number: the forward "
                        + "signal overflowed or is zero everywhere");
    }

    @Test
    void anOverflowStopsTheVerdictsAtItsLayer() {
        LayerMetrics overflowing = new LayerMetrics(Map.of(Metric.PREACT_STD, Double.POSITIVE_INFINITY,
                Metric.ACT_STD, 1.0, Metric.GRAD_ACT_STD, 1.0, Metric.SATURATED_FRAC, 0.9, Metric.DEAD_FRAC, 0.5,
                Metric.DIRECTIONS, 0.0));
        List<String> v = Verdicts.of(List.of(layer(1, 1, 0.9, 0, 5), overflowing, layer(1, 1, 0.9, 0.5, 0)));
        assertThat(v).containsExactly(
                "the forward signal overflowed at layer 2 (its values reached ±Inf or NaN); the layers after it carry "
                        + "no information, and the gradients are not meaningful",
                "more than half of the activations are saturated (derivative nearly 0) in layer 1, up to 90%");
        LayerMetrics nanActivations = new LayerMetrics(Map.of(Metric.PREACT_STD, 1.0, Metric.ACT_STD, Double.NaN,
                Metric.GRAD_ACT_STD, 1.0, Metric.SATURATED_FRAC, 0.0, Metric.DEAD_FRAC, 0.0, Metric.DIRECTIONS, 5.0));
        assertThat(Verdicts.of(List.of(nanActivations, layer(1, 1, 0, 0, 5))).get(0))
                .startsWith("the forward signal overflowed at layer 1 ");
    }

    @Test
    void oneLayerHasNoTrendOnlyItsFlags() {
        assertThat(Verdicts.of(List.of(layer(1, 1, 0, 0, 5)))).isEmpty();
        assertThat(Verdicts.of(List.of(layer(1, 1, 0.51, 0, 1)))).containsExactly(
                "more than half of the activations are saturated (derivative nearly 0) in layer 1, up to 51%",
                "all units point the same way (at most 1 direction among them: symmetry not broken) in layer 1");
    }

    @Test
    void layerListsReadAsEnglish() {
        assertThat(Verdicts.layerList(List.of(3))).isEqualTo("layer 3");
        assertThat(Verdicts.layerList(List.of(2, 5))).isEqualTo("layers 2 and 5");
        assertThat(Verdicts.layerList(List.of(2, 5, 7))).isEqualTo("layers 2, 5 and 7");
        assertThat(Verdicts.layerList(List.of(3, 4, 5, 6))).isEqualTo("layers 3–6");
        assertThat(Verdicts.layerList(List.of(1, 3, 5, 7, 9, 11))).isEqualTo("layers 1, 3, 5, 7, 9 and 11");
        assertThat(Verdicts.layerList(List.of(1, 3, 5, 7, 9, 11, 20))).isEqualTo("7 layers (1 to 20)");
    }
}
