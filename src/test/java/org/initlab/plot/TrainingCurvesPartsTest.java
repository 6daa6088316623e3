package org.initlab.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.initlab.plot.TrainingCurves.Run;
import org.initlab.train.Divergence;
import org.initlab.train.HandMadeHistory;
import org.junit.jupiter.api.Test;

/** The parts of the training curves: geometric smoothing, thinning, divergence labels, chance and failure. */
class TrainingCurvesPartsTest {
    @Test
    void smoothingIsAMovingGeometricMeanShrinkingAtTheEnds() {
        double[] s = TrainingCurves.smooth(new double[] {1, 100, 10_000}, 1);
        assertThat(s[0]).as("√(1·100)").isCloseTo(10, offset(1e-9));
        assertThat(s[1]).as("∛(1·100·10⁴)").isCloseTo(100, offset(1e-9));
        assertThat(s[2]).as("√(100·10⁴)").isCloseTo(1000, offset(1e-9));
        double[] wide = TrainingCurves.smooth(new double[] {1, 100, 10_000, 1}, 2);
        assertThat(wide[0]).as("∛(1·100·10⁴)").isCloseTo(100, offset(1e-9));
        assertThat(wide[3]).as("∛(100·10⁴·1)").isCloseTo(100, offset(1e-9));
        assertThat(TrainingCurves.smooth(new double[] {4, 9}, 0)).containsExactly(new double[] {4, 9}, offset(1e-12));
    }

    @Test
    void thinningKeepsEveryKthValueAndTheLast() {
        assertThat(TrainingCurves.thin(new double[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, 3)).containsExactly(0, 3, 6, 9);
        assertThat(TrainingCurves.thin(new double[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 3))
                .containsExactly(0, 3, 6, 9, 10);
        assertThat(TrainingCurves.thin(new double[] {0, 1, 2}, 1)).containsExactly(0, 1, 2);
        assertThat(TrainingCurves.thin(new double[] {5}, 4)).containsExactly(5);
        assertThat(TrainingCurves.thin(new double[0], 4)).isEmpty();
    }

    @Test
    void aDivergenceIsToldInAFewWords() {
        assertThat(TrainingCurves.shortly(new Divergence(3, 1,
                "loss became NaN (first non-finite values: layer 9's pre-activations, NaN)")))
                .isEqualTo("NaN at step 3, layer 9");
        assertThat(TrainingCurves.shortly(new Divergence(12, 2, "gradient of layer 2 became -Infinity")))
                .isEqualTo("-∞ at step 12, layer 2");
        assertThat(TrainingCurves.shortly(new Divergence(5, 1, "weight became Infinity"))).isEqualTo("∞ at step 5");
        assertThat(TrainingCurves.shortly(new Divergence(7, 1, "something odd"))).isEqualTo("non-finite at step 7");
    }

    @Test
    void chanceIsOneOverTheClassesAndAtMostOneHalf() {
        assertThat(new Run("r", HandMadeHistory.of(new double[0], 0.5), null, null, 10).chance()).isEqualTo(0.1);
        assertThat(new Run("r", HandMadeHistory.of(new double[0], 0.5), null, null, 2).chance()).isEqualTo(0.5);
        assertThat(new Run("r", HandMadeHistory.of(new double[0], 0.5), null, null, 1).chance()).isEqualTo(0.5);
    }

    @Test
    void aRunFailedWhenItDivergedOrEndedWithinFivePointsOfChance() {
        assertThat(new Run("r", HandMadeHistory.of(new double[0], 0.9, 0.55), null, null, 2).failed())
                .as("exactly 5 points above chance").isFalse();
        assertThat(new Run("r", HandMadeHistory.of(new double[0], 0.9, 0.549), null, null, 2).failed()).isTrue();
        assertThat(new Run("r", HandMadeHistory.of(new double[0], 0.1, 0.16), null, null, 10).failed()).isFalse();
        assertThat(new Run("r", HandMadeHistory.of(new double[0], 0.1, 0.14), null, null, 10).failed()).isTrue();
        assertThat(new Run("r", HandMadeHistory.diverged(new double[0], 1, "x", 0.5, 0.99), null, null, 2).failed())
                .isTrue();
    }
}
