package org.initlab.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.initlab.plot.ChartSpec.Role;
import org.initlab.plot.ChartSpec.Scale;
import org.initlab.plot.ChartSpec.Series;
import org.junit.jupiter.api.Test;

/** What a chart shows before it is drawn: finite points only, the log-axis rule, coinciding lines, the CSV. */
class ChartSpecTest {
    private static final double NAN = Double.NaN;
    private static final double INF = Double.POSITIVE_INFINITY;

    private static ChartSpec withY(double... y) {
        double[] x = new double[y.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = i;
        }
        return ChartSpec.of("t", "x", "y").line("s", x, y, null, null);
    }

    @Test
    void pointsWithANonFiniteCoordinateAreDroppedAndTheShorterArrayDecides() {
        ChartSpec spec = ChartSpec.of("t", "x", "y")
                .add("s", new double[] {1, 2, NAN, 4, 5, 6}, new double[] {10, INF, 30, -INF, 50}, "zeros", "tanh",
                        Role.DOTS, true);
        Series s = spec.series().get(0);
        assertThat(s.x()).containsExactly(1, 5);
        assertThat(s.y()).containsExactly(10, 50);
        assertThat(s.name()).isEqualTo("s");
        assertThat(s.initKey()).isEqualTo("zeros");
        assertThat(s.activation()).isEqualTo("tanh");
        assertThat(s.role()).isEqualTo(Role.DOTS);
        assertThat(s.failed()).isTrue();

        Series line = ChartSpec.of("t", "x", "y").line("l", new double[] {0}, new double[] {1}, "lsuv", "relu")
                .series().get(0);
        assertThat(line.role()).isEqualTo(Role.LINE);
        assertThat(line.failed()).isFalse();
        assertThat(line.initKey()).isEqualTo("lsuv");
        assertThat(line.activation()).isEqualTo("relu");
    }

    @Test
    void referencesMarkersAndNotesAreKeptInOrderAndNonFiniteMarkersLeftOut() {
        ChartSpec spec = ChartSpec.of("loss", "step", "loss").reference("ln 2", Math.log(2)).reference("guide", 1e-3)
                .marker("a: NaN at step 3", 3, 0.7, "zeros").marker("b", NAN, 1, null).marker("c", 1, INF, null)
                .marker("d", 2, 5, "lsuv").note("first").note("second");
        assertThat(spec.references()).containsExactly(new ChartSpec.Reference("ln 2", Math.log(2)),
                new ChartSpec.Reference("guide", 1e-3));
        assertThat(spec.markers()).containsExactly(new ChartSpec.Marker("a: NaN at step 3", 3, 0.7, "zeros"),
                new ChartSpec.Marker("d", 2, 5, "lsuv"));
        assertThat(spec.notes()).containsExactly("first", "second");
        assertThat(spec.title()).isEqualTo("loss");
        assertThat(spec.xLabel()).isEqualTo("step");
        assertThat(spec.yLabel()).isEqualTo("loss");
    }

    @Test
    void settersChangeOnlyWhatTheyName() {
        ChartSpec spec = ChartSpec.of("t", "x", "y");
        assertThat(spec.width).isEqualTo(900);
        assertThat(spec.height).isEqualTo(540);
        assertThat(spec.legend).isTrue();
        assertThat(spec.scale).isEqualTo(Scale.AUTO);
        assertThat(spec.yMin).isNull();
        spec.size(300, 230).withoutLegend().yRange(0.5, 2.0).xRange(-1.0, 1.0).scale(Scale.LOG)
                .sameColour("theory", "data");
        assertThat(spec.width).isEqualTo(300);
        assertThat(spec.height).isEqualTo(230);
        assertThat(spec.legend).isFalse();
        assertThat(spec.yMin).isEqualTo(0.5);
        assertThat(spec.yMax).isEqualTo(2.0);
        assertThat(spec.xMin).isEqualTo(-1.0);
        assertThat(spec.xMax).isEqualTo(1.0);
        assertThat(spec.scale).isEqualTo(Scale.LOG);
        assertThat(spec.sameColourAs).containsEntry("theory", "data");
    }

    @Test
    void autoScaleIsLogarithmicOnlyForPositiveValuesSpanningMoreThanTwoDecades() {
        assertThat(withY(1e-3, 1, 1e5).logScale()).as("8 decades").isTrue();
        assertThat(withY(1, 100).logScale()).as("exactly 2 decades").isFalse();
        assertThat(withY(1, 100.1).logScale()).as("just over 2 decades").isTrue();
        assertThat(withY(1, 50).logScale()).isFalse();
        assertThat(withY(-1e-9, 1e-3, 1e5).logScale()).as("one negative value").isFalse();
        assertThat(withY(0, 1e-3, 1e5).logScale()).as("zeros do not count against a log axis").isTrue();
        assertThat(withY(0, 0, 0).logScale()).as("nothing positive").isFalse();
        assertThat(ChartSpec.of("t", "x", "y").logScale()).as("no series").isFalse();
        // the span is measured over all series together
        ChartSpec two = withY(1, 2).line("b", new double[] {0}, new double[] {1000}, null, null);
        assertThat(two.logScale()).isTrue();
        assertThat(withY(-5, 1e-3, 1e5).scale(Scale.LOG).logScale()).isTrue();
        assertThat(withY(1e-3, 1e5).scale(Scale.LINEAR).logScale()).isFalse();
    }

    @Test
    void identicalDataLinesAreGroupedInOrderAndRawOrTheoryLinesNever() {
        double[] x = {1, 2, 3};
        double[] y = {0.5, 0.25, 0.125};
        ChartSpec spec = ChartSpec.of("t", "x", "y").line("a", x, y, null, null)
                .line("b", x, new double[] {0.5, 0.25, 0.13}, null, null)
                .line("c", x, y.clone(), null, null)
                .add("d", x, y, null, null, Role.RAW, false)
                .add("e", x, y, null, null, Role.THEORY, false)
                .add("f", x, new double[] {0.5, 0.25, 0.13}, null, null, Role.DOTS, false)
                .add("g", x, y, null, null, Role.AREA, false)
                .line("h", x, y, null, null);
        assertThat(spec.overlaps()).containsExactly(List.of("a", "c", "h"), List.of("b", "f"));
        assertThat(ChartSpec.of("t", "x", "y").line("a", x, y, null, null).line("b", x, new double[] {1, 2, 3}, null,
                null).overlaps()).isEmpty();
    }

    @Test
    void sameMeansSamePointsWithinOneBillionthRelative() {
        Series a = series(new double[] {1, 2}, new double[] {1000, -2});
        assertThat(ChartSpec.same(a, series(new double[] {1, 2}, new double[] {1000 + 0.9e-6, -2}))).isTrue();
        assertThat(ChartSpec.same(a, series(new double[] {1, 2}, new double[] {1000 + 1.1e-6, -2}))).isFalse();
        assertThat(ChartSpec.same(a, series(new double[] {1, 2}, new double[] {1000, -2 - 1e-8}))).isFalse();
        assertThat(ChartSpec.same(a, series(new double[] {1, 3}, new double[] {1000, -2}))).as("x differs").isFalse();
        assertThat(ChartSpec.same(a, series(new double[] {1}, new double[] {1000}))).as("length").isFalse();
        Series empty = series(new double[0], new double[0]);
        assertThat(ChartSpec.same(empty, empty)).as("no points: nothing drawn one over another").isFalse();
        Series billion = series(new double[] {1}, new double[] {1e9});
        assertThat(ChartSpec.same(billion, series(new double[] {1}, new double[] {1e9 + 1}))).as("exactly 1e-9")
                .isTrue();
        assertThat(ChartSpec.same(billion, series(new double[] {1}, new double[] {1e9 + 2}))).isFalse();
        Series zero = series(new double[] {1}, new double[] {0});
        assertThat(ChartSpec.same(zero, series(new double[] {1}, new double[] {0}))).isTrue();
        assertThat(ChartSpec.same(zero, series(new double[] {1}, new double[] {1e-12}))).isFalse();
    }

    private static Series series(double[] x, double[] y) {
        return new Series("s", x, y, null, null, Role.LINE, false);
    }

    @Test
    void csvHasOneRowPerPointThenReferencesThenMarkersWithCommasQuoted() {
        ChartSpec spec = ChartSpec.of("t", "step, counted from 1", "loss").line("tanh, zeros", new double[] {1, 2},
                new double[] {0.5, 0.25}, "zeros", "tanh").add("raw", new double[] {3}, new double[] {4}, null, null,
                Role.RAW, false).reference("chance", 0.75).marker("x: NaN at step 3", 3, 1.5, null);
        assertThat(spec.csv()).isEqualTo("""
                series,role,"step, counted from 1",loss
                "tanh, zeros",line,1.0,0.5
                "tanh, zeros",line,2.0,0.25
                raw,raw,3.0,4.0
                chance,reference,,0.75
                x: NaN at step 3,marker,3.0,1.5
                """);
    }

    @Test
    void quotingFollowsCsvRules() {
        assertThat(ChartSpec.quote("plain")).isEqualTo("plain");
        assertThat(ChartSpec.quote("a,b")).isEqualTo("\"a,b\"");
        assertThat(ChartSpec.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(ChartSpec.quote("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @Test
    void listsHandedOutAreCopies() {
        ChartSpec spec = withY(1, 2).note("n").reference("r", 1).marker("m", 0, 0, null);
        List<Series> before = spec.series();
        spec.line("more", new double[] {0}, new double[] {0}, null, null).note("n2").reference("r2", 2)
                .marker("m2", 1, 1, null);
        assertThat(before).hasSize(1);
        assertThat(spec.series()).hasSize(2);
        assertThat(spec.notes()).containsExactly("n", "n2");
        assertThat(spec.references()).hasSize(2);
        assertThat(spec.markers()).hasSize(2);
    }
}
