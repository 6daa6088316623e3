package org.initlab.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.Arrays;
import java.util.List;
import org.initlab.plot.ChartSpec.Role;
import org.initlab.plot.ChartSpec.Series;
import org.initlab.plot.TrainingCurves.Run;
import org.initlab.train.HandMadeHistory;
import org.initlab.train.History;
import org.junit.jupiter.api.Test;

/** The loss chart of hand-written histories: raw and smoothed lines, chance level, divergences, clipping. */
class LossChartTest {
    private static final double LN2 = Math.log(2);

    private static double[] constant(int n, double v) {
        double[] y = new double[n];
        Arrays.fill(y, v);
        return y;
    }

    private static Run run(String label, History h) {
        return new Run(label, h, "zeros", "tanh", 2);
    }

    private static Series named(ChartSpec spec, String name) {
        return spec.series().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aRunIsDrawnAsAFaintRawLineUnderItsSmoothedLineWithChanceLevel() {
        ChartSpec spec = TrainingCurves.loss("Loss", List.of(run("tanh, zeros",
                HandMadeHistory.of(constant(10, 1.0), 0.5, 0.9))));
        assertThat(spec.title()).isEqualTo("Loss");
        assertThat(spec.xLabel()).isEqualTo("training step");
        assertThat(spec.yLabel()).isEqualTo("mini-batch loss");
        assertThat(spec.series()).extracting(Series::name).containsExactly("tanh, zeros (raw)", "tanh, zeros");
        Series raw = spec.series().get(0);
        assertThat(raw.role()).isEqualTo(Role.RAW);
        assertThat(raw.x()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(raw.initKey()).isEqualTo("zeros");
        assertThat(raw.activation()).isEqualTo("tanh");
        assertThat(raw.failed()).isFalse();
        Series line = spec.series().get(1);
        assertThat(line.role()).isEqualTo(Role.LINE);
        assertThat(line.x()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(line.y()).containsExactly(constant(10, 1.0), offset(1e-12));
        assertThat(spec.references()).containsExactly(new ChartSpec.Reference("chance level: ln 2 = 0.693", LN2));
        assertThat(spec.notes()).isEmpty();
        assertThat(spec.yMin).as("nothing leaves the chart").isNull();
        assertThat(spec.markers()).isEmpty();
    }

    @Test
    void eightStepsOrFewerGetNoRawLine() {
        ChartSpec eight = TrainingCurves.loss("t", List.of(run("r", HandMadeHistory.of(constant(8, 1.0), 0.9))));
        assertThat(eight.series()).extracting(Series::name).containsExactly("r");
        ChartSpec nine = TrainingCurves.loss("t", List.of(run("r", HandMadeHistory.of(constant(9, 1.0), 0.9))));
        assertThat(nine.series()).extracting(Series::name).containsExactly("r (raw)", "r");
    }

    @Test
    void zeroNegativeAndNonFiniteLossesAreLeftOut() {
        ChartSpec spec = TrainingCurves.loss("t", List.of(run("r",
                HandMadeHistory.of(new double[] {0.5, 0, Double.NaN, 0.25, -1, 0.125}, 0.9))));
        assertThat(spec.series().get(0).x()).containsExactly(1, 4, 6);
    }

    @Test
    void longRunsAreThinnedToAboutEightyPointsKeepingTheLast() {
        double[] y = new double[200];
        for (int i = 0; i < y.length; i++) {
            y[i] = 1 + i % 3;
        }
        ChartSpec spec = TrainingCurves.loss("t", List.of(run("r", HandMadeHistory.of(y, 0.9))));
        assertThat(named(spec, "r (raw)").x()).hasSize(200);
        double[] x = named(spec, "r").x();
        // every 2nd step (200 / 80 = 2): steps 1, 3, ..., 199, then the last step 200
        assertThat(x).hasSize(101);
        assertThat(x[0]).isEqualTo(1);
        assertThat(x[1]).isEqualTo(3);
        assertThat(x[99]).isEqualTo(199);
        assertThat(x[100]).isEqualTo(200);
        // smoothed over ±5 steps (200 / 40): step 101's window, steps 96..106, holds 3,1,2,3,1,2,3,1,2,3,1
        double[] smooth = named(spec, "r").y();
        assertThat(smooth[50]).as("step 101").isCloseTo(Math.pow(6 * 6 * 6 * 3, 1.0 / 11), offset(1e-12));
    }

    @Test
    void aDivergedRunEndsWithAMarkerAtItsLastFiniteLossAndIsDrawnAsFailed() {
        History h = HandMadeHistory.diverged(new double[] {0.7, 0.6, Double.NaN}, 3,
                "loss became NaN (first non-finite values: layer 9's pre-activations, NaN)", 0.5);
        ChartSpec spec = TrainingCurves.loss("t", List.of(new Run("relu, he-normal", h, "he-normal", "relu", 2)));
        assertThat(spec.markers()).containsExactly(
                new ChartSpec.Marker("relu, he-normal: NaN at step 3, layer 9", 2, 0.6, "he-normal"));
        assertThat(spec.series().get(0).failed()).isTrue();
    }

    @Test
    void aRunThatDivergedAtOnceIsMarkedAtItsStepOnTheChanceLine() {
        History h = HandMadeHistory.diverged(new double[] {Double.POSITIVE_INFINITY}, 1, "weight became Infinity",
                0.1);
        ChartSpec spec = TrainingCurves.loss("t", List.of(new Run("r", h, null, null, 10)));
        assertThat(spec.markers()).containsExactly(new ChartSpec.Marker("r: ∞ at step 1", 1, Math.log(10), null));
        assertThat(spec.references()).containsExactly(new ChartSpec.Reference("chance level: ln 10 = 2.303",
                Math.log(10)));
        assertThat(spec.notes()).as("an infinite loss is a divergence, not a value off the chart").isEmpty();
        assertThat(spec.yMin).isNull();
    }

    @Test
    void lossesFarAboveTheRestAreNamedAndTheAxisClippedToWhereTheRunsTrain() {
        double[] y = constant(100, 1.0);
        y[49] = 1e4;
        y[69] = 1e6;
        ChartSpec spec = TrainingCurves.loss("t", List.of(run("spiky", HandMadeHistory.of(y, 0.9)),
                run("calm", HandMadeHistory.of(constant(100, 1.0), 0.9))));
        assertThat(spec.notes()).containsExactly("spiky: loss leaves the chart, up to 10⁶ (step 70)");
        // smoothed over ±2 steps, the 10⁶ spike is 10^(6/5) at 5 steps: the 98th percentile of the 200 smoothed
        // values; the axis ends 1.5 times above it, and starts at 0.8 times the lowest smoothed loss, 1
        assertThat(spec.yMax).isCloseTo(1.5 * Math.pow(10, 1.2), offset(1e-9));
        assertThat(spec.yMin).isCloseTo(0.8, offset(1e-12));
    }

    @Test
    void aRangeThatFitsUnderTheNextDecadeIsNotClipped() {
        double[] y = constant(100, 1.0);
        y[49] = 50;
        ChartSpec spec = TrainingCurves.loss("t", List.of(run("r", HandMadeHistory.of(y, 0.9))));
        // the spike smoothed is 50^(1/5) = 2.19; 1.5 × 2.19 = 3.3 rounds up to 10, and 50 > 10 would leave the chart
        assertThat(spec.notes()).containsExactly("r: loss leaves the chart, up to 50 (step 50)");
        double[] low = constant(100, 1.0);
        low[49] = 9;
        assertThat(TrainingCurves.loss("t", List.of(run("r", HandMadeHistory.of(low, 0.9)))).notes())
                .as("9 stays under 10").isEmpty();
        low[49] = 10;
        ChartSpec ten = TrainingCurves.loss("t", List.of(run("r", HandMadeHistory.of(low, 0.9))));
        assertThat(ten.notes()).as("10 is on the chart's top edge").isEmpty();
        assertThat(ten.yMax).isNull();
    }

    @Test
    void theClippedAxisKeepsTheChanceLineWellInside() {
        double[] y = constant(100, 0.3);
        y[49] = 20;
        ChartSpec spec = TrainingCurves.loss("t", List.of(run("r", HandMadeHistory.of(y, 0.9))));
        // smoothed, the spike is 0.3^0.8 · 20^0.2 = 0.69, under 1.5 · ln 2: the top is 1.5 · 1.5 · ln 2
        assertThat(spec.notes()).containsExactly("r: loss leaves the chart, up to 20 (step 50)");
        assertThat(spec.yMax).isCloseTo(2.25 * LN2, offset(1e-12));
        assertThat(spec.yMin).isCloseTo(0.8 * 0.3, offset(1e-12));
    }

    @Test
    void runsLyingOnTheChanceLineAreNamed() {
        double[] settles = constant(16, LN2);
        Arrays.fill(settles, 0, 7, 1.5 * LN2);
        double[] withNaN = constant(10, LN2);
        withNaN[9] = Double.NaN;
        List<Run> runs = List.of(run("just inside", HandMadeHistory.of(constant(16, 1.049 * LN2), 0.5)),
                run("settles", HandMadeHistory.of(settles, 0.5)),
                run("just outside", HandMadeHistory.of(constant(16, 1.051 * LN2), 0.5)),
                run("below", HandMadeHistory.of(constant(16, 0.951 * LN2), 0.5)),
                run("too short", HandMadeHistory.of(constant(7, LN2), 0.5)),
                run("eight", HandMadeHistory.of(constant(8, LN2), 0.5)),
                run("diverged", HandMadeHistory.of(withNaN, 0.5)));
        assertThat(TrainingCurves.atChance(runs, LN2)).containsExactly("just inside", "settles", "below",
                "eight");
        assertThat(TrainingCurves.loss("t", runs).notes()).contains(
                "at chance over the second half, on the ln 2 line (drawn one over another): just inside; settles; "
                        + "below; eight");
    }

    @Test
    void theChanceLineIsForTheRunWithTheMostClasses() {
        List<Run> runs = List.of(new Run("a", HandMadeHistory.of(constant(4, 1.0), 0.9), null, null, 1),
                new Run("b", HandMadeHistory.of(constant(4, 1.0), 0.9), null, null, 3));
        assertThat(TrainingCurves.loss("t", runs).references().get(0).label()).isEqualTo("chance level: ln 3 = 1.099");
        List<Run> one = List.of(new Run("a", HandMadeHistory.of(constant(4, 1.0), 0.9), null, null, 1));
        assertThat(TrainingCurves.loss("t", one).references().get(0).y()).as("at least two classes").isEqualTo(LN2);
        assertThat(TrainingCurves.loss("t", List.of()).references().get(0).y()).isEqualTo(LN2);
    }
}
