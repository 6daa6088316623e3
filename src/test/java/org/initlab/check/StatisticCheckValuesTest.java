package org.initlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.initlab.diagnostics.LayerStatistic;
import org.initlab.diagnostics.LayerStats;
import org.junit.jupiter.api.Test;

/** The dead-unit criteria on their pass and fail sides: the layers checked, the tolerance and each hint. */
class StatisticCheckValuesTest {
    private static final LayerStatistic RIGHT = LayerStats::deadFraction;

    private static Criterion criterion(LayerStatistic s, int k) {
        return StatisticCheck.check(s).get(k);
    }

    @Test
    void aRightStatisticPassesWithTheNumbersShown() {
        List<Criterion> r = StatisticCheck.check(RIGHT);
        assertThat(r).allMatch(Criterion::passed);
        assertThat(r.get(0).detail()).isEqualTo("0.4, 1 and 0 on three hand-made layers");
        assertThat(r.get(1).detail()).isEqualTo("a 3×6 layer (examples × units): yours 0.5, expected 0.5");
        assertThat(r.get(2).detail()).isEqualTo("a 5×4 layer (examples × units): yours 0.25, expected 0.25");
        assertThat(r.get(3).detail()).isEqualTo("the activations are the same afterwards");
        // 500 examples × 64 units, every third unit (j % 3 == 1) zero: 21 of 64 dead
        assertThat(r.get(4).detail())
                .isEqualTo("a 500×64 layer (examples × units): yours 0.328125, expected 0.328125");
    }

    @Test
    void theRandomLayersAreReluDrawsWithEveryThirdUnitDeadAndADiagonalAlive() {
        List<double[]> seen = new ArrayList<>();
        List<int[]> shapes = new ArrayList<>();
        StatisticCheck.check((a, rows, units) -> {
            seen.add(a.clone());
            shapes.add(new int[] {rows, units});
            return LayerStats.deadFraction(a, rows, units);
        });
        // the hand-made layers, then 50×20 (input not modified), then 500×64
        assertThat(shapes).hasSize(7);
        assertThat(shapes.get(5)).containsExactly(50, 20);
        assertThat(shapes.get(6)).containsExactly(500, 64);
        for (int k = 5; k < 7; k++) {
            double[] a = seen.get(k);
            int rows = shapes.get(k)[0];
            int units = shapes.get(k)[1];
            assertThat(a).hasSize(rows * units);
            int positive = 0;
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < units; j++) {
                    double v = a[i * units + j];
                    assertThat(v).isGreaterThanOrEqualTo(0);
                    if (j % 3 == 1) {
                        assertThat(v).isZero();
                    } else if (i == j) {
                        assertThat(v).isGreaterThanOrEqualTo(1);
                    }
                    positive += v > 0 ? 1 : 0;
                }
            }
            // about half of the normal draws are positive
            int drawn = rows * (units - (units + 1) / 3);
            assertThat(positive).isBetween((int) (0.45 * drawn), (int) (0.55 * drawn));
        }
        assertThat(LayerStats.deadFraction(seen.get(5), 50, 20)).isEqualTo(7.0 / 20);
    }

    @Test
    void anErrorOfExactly1e12IsAcceptedAndTwiceThatIsNot() {
        LayerStatistic within = (a, rows, units) -> LayerStats.deadFraction(a, rows, units) == 0 ? 1e-12
                : LayerStats.deadFraction(a, rows, units);
        assertThat(criterion(within, 0).passed()).isTrue();
        LayerStatistic off = (a, rows, units) -> LayerStats.deadFraction(a, rows, units) == 0 ? 2e-12
                : LayerStats.deadFraction(a, rows, units);
        Criterion c = criterion(off, 0);
        assertThat(c.passed()).isFalse();
        assertThat(c.detail()).isEqualTo("a 2×3 layer (examples × units): yours 2.0E-12, expected 0.0");
        // expected 0 times 3 units is 0 too, within 1e-9 of 2e-12: the count rule is the first to fit
        assertThat(c.hint()).startsWith("that is the number of dead units");
    }

    @Test
    void integerDivisionIsNamedWhenTheAnswerIsAFraction() {
        LayerStatistic intDivision = (a, rows, units) -> (int) Math.round(LayerStats.deadFraction(a, rows, units)
                * units) / units;
        Criterion c = criterion(intDivision, 0);
        assertThat(c.detail()).isEqualTo("a 4×5 layer (examples × units): yours 0.0, expected 0.4");
        assertThat(c.hint()).startsWith("0 where some units are dead: an integer division?");
    }

    @Test
    void zeroForAnAllDeadLayerIsNotCalledAnIntegerDivision() {
        LayerStatistic zeroWhenAllDead = (a, rows, units) -> LayerStats.deadFraction(a, rows, units) == 1 ? 0
                : LayerStats.deadFraction(a, rows, units);
        Criterion c = criterion(zeroWhenAllDead, 0);
        assertThat(c.detail()).isEqualTo("a 2×3 layer (examples × units): yours 0.0, expected 1.0");
        assertThat(c.hint()).startsWith("a unit is dead only when");
    }

    @Test
    void theCountOfDeadUnitsIsNamed() {
        LayerStatistic count = (a, rows, units) -> LayerStats.deadFraction(a, rows, units) * units;
        Criterion c = criterion(count, 0);
        assertThat(c.detail()).isEqualTo("a 4×5 layer (examples × units): yours 2.0, expected 0.4");
        assertThat(c.hint()).isEqualTo(
                "that is the number of dead units: divide by the number of units to get the fraction");
    }

    @Test
    void rowsTakenForUnitsAreNamed() {
        LayerStatistic rowsAsUnits = (a, rows, units) -> {
            int dead = 0;
            for (int i = 0; i < rows; i++) {
                boolean zero = true;
                for (int j = 0; j < units; j++) {
                    zero &= a[i * units + j] == 0;
                }
                dead += zero ? 1 : 0;
            }
            return (double) dead / rows;
        };
        Criterion c = criterion(rowsAsUnits, 2);
        assertThat(c.detail()).isEqualTo("a 5×4 layer (examples × units): yours 0.4, expected 0.25");
        assertThat(c.hint()).startsWith("that is the fraction of all-zero examples (rows)");
    }

    @Test
    void aStatisticThatWritesIntoItsInputFails() {
        LayerStatistic writes = (a, rows, units) -> {
            double f = LayerStats.deadFraction(a, rows, units);
            a[0] = 42;
            return f;
        };
        Criterion c = criterion(writes, 3);
        assertThat(c.passed()).isFalse();
        assertThat(c.detail()).isEqualTo("measure changed the activations it was given");
        assertThat(c.hint()).startsWith("a statistic only reads");
    }
}
