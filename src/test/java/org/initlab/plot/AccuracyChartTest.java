package org.initlab.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.initlab.plot.ChartSpec.Series;
import org.initlab.plot.TrainingCurves.Run;
import org.initlab.train.HandMadeHistory;
import org.junit.jupiter.api.Test;

/** Test accuracy per epoch in percent, from a round value below chance (or the worst run) to 102 %. */
class AccuracyChartTest {
    private static Run run(String label, int classes, double... accuracies) {
        return new Run(label, HandMadeHistory.of(new double[] {1}, accuracies), "zeros", "tanh", classes);
    }

    @Test
    void eachRunIsALineInPercentNamedWithItsFinalAccuracy() {
        ChartSpec spec = TrainingCurves.accuracy("Accuracy", List.of(run("tanh, zeros", 2, 0.5, 0.8, 0.9)));
        assertThat(spec.title()).isEqualTo("Accuracy");
        assertThat(spec.xLabel()).isEqualTo("epoch");
        assertThat(spec.yLabel()).isEqualTo("test accuracy (%)");
        assertThat(spec.logScale()).isFalse();
        Series s = spec.series().get(0);
        assertThat(s.name()).isEqualTo("tanh, zeros (90%)");
        assertThat(s.x()).containsExactly(0, 1, 2);
        assertThat(s.y()).containsExactly(50, 80, 90);
        assertThat(s.initKey()).isEqualTo("zeros");
        assertThat(s.activation()).isEqualTo("tanh");
        assertThat(s.failed()).isFalse();
        assertThat(spec.references()).containsExactly(new ChartSpec.Reference("chance level (50%)", 50));
        // the lowest of chance (50) and the values (50), rounded down to tens, minus 5
        assertThat(spec.yMin).isEqualTo(45.0);
        assertThat(spec.yMax).isEqualTo(102.0);
    }

    @Test
    void runsLyingOnTheChanceLineAreNamedInANote() {
        // epochs 2..3 (the second half of 0..3): "stuck" stays at 50 %, "late" within a point, "trained" leaves
        ChartSpec spec = TrainingCurves.accuracy("Accuracy", List.of(run("stuck", 2, 0.5, 0.5, 0.5, 0.5),
                run("trained", 2, 0.5, 0.5, 0.5, 0.9), run("late", 2, 0.8, 0.9, 0.509, 0.495)));
        assertThat(spec.notes).containsExactly("at chance (50%) over the second half, on the chance line (drawn one "
                + "over another): stuck; late");
        assertThat(TrainingCurves.accuracy("A", List.of(run("trained", 2, 0.5, 0.5, 0.9, 0.9))).notes).isEmpty();
        assertThat(TrainingCurves.accuracy("A", List.of(run("short", 2, 0.5, 0.5))).notes)
                .as("one epoch in the second half is too little to call").isEmpty();
    }

    @Test
    void epochTicksAreLabelledAtWholeEpochsOnly() {
        ChartSpec spec = TrainingCurves.accuracy("Accuracy", List.of(run("tanh, zeros", 2, 0.5, 0.8, 0.9, 0.9)));
        Function<Double, String> x = ChartRenderer.render(spec).getStyler().getXAxisTickLabelsFormattingFunction();
        assertThat(x.apply(1.0)).isEqualTo("1");
        assertThat(x.apply(3.0)).isEqualTo("3");
        assertThat(x.apply(0.5)).as("no epoch 0.5").isEqualTo(" ");
        assertThat(x.apply(2.5)).isEqualTo(" ");
        // a chart whose x is not a count keeps its fractional labels
        ChartSpec steps = ChartSpec.of("t", "x", "y").add("s", new double[] {0, 3}, new double[] {1, 2}, null, null,
                ChartSpec.Role.LINE, false);
        assertThat(ChartRenderer.render(steps).getStyler().getXAxisTickLabelsFormattingFunction().apply(0.5))
                .isEqualTo("0.5");
    }

    @Test
    void theAxisStartsBelowTheWorstRunOrChanceWhicheverIsLower() {
        assertThat(TrainingCurves.accuracy("t", List.of(run("a", 2, 0.63, 0.9))).yMin).as("chance 50").isEqualTo(45);
        assertThat(TrainingCurves.accuracy("t", List.of(run("a", 2, 0.37, 0.9))).yMin).as("37 → 30 - 5")
                .isEqualTo(25);
        assertThat(TrainingCurves.accuracy("t", List.of(run("a", 10, 0.05, 0.9))).yMin).as("not below 0")
                .isEqualTo(0);
    }

    @Test
    void chanceIsTheLowestOverTheRuns() {
        ChartSpec spec = TrainingCurves.accuracy("t", List.of(run("a", 2, 0.5, 0.9), run("b", 10, 0.3, 0.4)));
        assertThat(spec.references()).containsExactly(new ChartSpec.Reference("chance level (10%)", 10));
        assertThat(spec.yMin).as("10 → 10 - 5").isEqualTo(5);
        assertThat(TrainingCurves.accuracy("t", List.of()).references().get(0).y()).isEqualTo(50);
    }

    @Test
    void aRunEndingNearChanceOrDivergedIsDrawnAsFailed() {
        assertThat(TrainingCurves.accuracy("t", List.of(run("a", 2, 0.5, 0.54))).series().get(0).failed()).isTrue();
        Run diverged = new Run("d", HandMadeHistory.diverged(new double[] {1}, 1, "loss became NaN", 0.5, 0.9),
                null, null, 2);
        assertThat(TrainingCurves.accuracy("t", List.of(diverged)).series().get(0).failed()).isTrue();
    }

    @Test
    void missingAccuraciesAreLeftOutOfTheLineAndTheRange() {
        ChartSpec spec = TrainingCurves.accuracy("t", List.of(run("a", 2, Double.NaN, 0.9, 0.95)));
        assertThat(spec.series().get(0).y()).containsExactly(90, 95);
        assertThat(spec.yMin).isEqualTo(45);
    }
}
