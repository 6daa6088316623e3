package org.initlab.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.initlab.activation.Activations;
import org.junit.jupiter.api.Test;

/** Summary statistics and the per-layer fractions, on arrays small enough to check by hand. */
class StatsByHandTest {
    @Test
    void statsOfAFewValues() {
        Stats s = Stats.of(new double[] {-3, 4});
        assertThat(s.mean()).isEqualTo(0.5);
        assertThat(s.std()).isEqualTo(3.5);
        assertThat(s.min()).isEqualTo(-3.0);
        assertThat(s.max()).isEqualTo(4.0);
        assertThat(s.norm()).isEqualTo(5.0);
        Stats firstTwo = Stats.of(new double[] {3, 4, 100}, 2);
        assertThat(firstTwo.mean()).isEqualTo(3.5);
        assertThat(firstTwo.max()).isEqualTo(4.0);
    }

    @Test
    void statsOfNothingOfZerosAndOfNonFiniteValues() {
        Stats none = Stats.of(new double[0]);
        assertThat(none.mean()).isNaN();
        assertThat(none.std()).isNaN();
        assertThat(none.norm()).isZero();
        assertThat(Stats.of(new double[] {0, 0})).isEqualTo(new Stats(0, 0, 0, 0, 0));
        Stats nan = Stats.of(new double[] {1, Double.NaN});
        assertThat(nan.mean()).isNaN();
        assertThat(nan.std()).isNaN();
        assertThat(nan.norm()).isNaN();
        Stats inf = Stats.of(new double[] {1, Double.NEGATIVE_INFINITY});
        assertThat(inf.mean()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(inf.std()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(inf.min()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(inf.max()).isEqualTo(1.0);
        assertThat(inf.norm()).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void statsOfHugeValuesDoNotOverflow() {
        Stats s = Stats.of(new double[] {3e200, 4e200});
        assertThat(s.norm()).isCloseTo(5e200, within(1e186));
        assertThat(s.std()).isCloseTo(0.5e200, within(1e186));
    }

    @Test
    void exampleStdAveragesEachUnitsVarianceAcrossExamples() {
        // unit 0: 1, 2, 6 (mean 3, variance 14/3); unit 1: 5, 5, 8 (mean 6, variance 2)
        double[] a = {1, 5, 2, 5, 6, 8};
        assertThat(LayerStats.exampleStd(a, 3, 2)).isCloseTo(Math.sqrt((14.0 / 3 + 2) / 2), within(1e-15));
        assertThat(LayerStats.exampleStd(new double[] {7, -7, 7, -7}, 2, 2)).as("units stuck at constants").isZero();
    }

    @Test
    void saturationCountsOnlyBeyondTheFlatThresholds() {
        assertThat(LayerStats.saturatedFraction(Activations.byName("tanh"), new double[] {0.98, -0.98, 0.97, 0.5}))
                .isEqualTo(0.5);
        assertThat(LayerStats.saturatedFraction(Activations.byName("sigmoid"),
                new double[] {0.02, 0.03, 0.97, 0.98, 0.5})).isEqualTo(0.4);
        assertThat(LayerStats.saturatedFraction(Activations.byName("relu"), new double[] {0, 5})).isNaN();
    }

    @Test
    void deadUnitsAreColumnsThatAreZeroForEveryRow() {
        // rows (0, 1, 0) and (0, 2, 3): only unit 0 is dead
        assertThat(LayerStats.deadFraction(new double[] {0, 1, 0, 0, 2, 3}, 2, 3)).isEqualTo(1.0 / 3);
        assertThat(LayerStats.zeroFraction(new double[] {0, 1, 0, 0})).isEqualTo(0.75);
    }
}
