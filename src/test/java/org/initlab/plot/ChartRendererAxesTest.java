package org.initlab.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.function.Function;
import org.initlab.plot.ChartSpec.Scale;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.XYStyler;
import org.junit.jupiter.api.Test;

/** The axes {@link ChartRenderer} draws: titles, ranges from the data, log₁₀ drawn linearly, tick labels. */
class ChartRendererAxesTest {
    private static ChartSpec line(double[] x, double[] y) {
        return ChartSpec.of("Loss", "step", "loss").line("s", x, y, "xavier-normal", "tanh");
    }

    @Test
    void aLinearChartSpansItsDataAndKeepsItsTitles() {
        RenderedChart c = ChartRenderer.render(line(new double[] {1, 2, 3}, new double[] {1, 2, 3.5}));
        assertThat(c.getTitle()).isEqualTo("Loss");
        assertThat(c.getXAxisTitle()).isEqualTo("step");
        assertThat(c.getYAxisTitle()).isEqualTo("loss");
        assertThat(c.logScale()).isFalse();
        assertThat(c.getWidth()).isEqualTo(900);
        assertThat(c.getHeight()).isEqualTo(540);
        XYStyler s = c.getStyler();
        assertThat(s.getYAxisMin()).isEqualTo(1.0);
        assertThat(s.getYAxisMax()).isEqualTo(3.5);
        assertThat(s.getXAxisMin()).isEqualTo(1.0);
        assertThat(s.getXAxisMax()).isEqualTo(3.0);
        assertThat(c.notes()).isEmpty();
        assertThat(c.spec().title()).isEqualTo("Loss");
        XYSeries data = c.getSeries("s");
        assertThat(data.getXData()).containsExactly(1, 2, 3);
        assertThat(data.getYData()).containsExactly(1, 2, 3.5);
    }

    @Test
    void valuesSpanningDecadesAreDrawnAsTheirLogarithmsBetweenWholeDecades() {
        RenderedChart c = ChartRenderer.render(line(new double[] {1, 2, 3}, new double[] {0.002, 1, 300}));
        assertThat(c.logScale()).isTrue();
        assertThat(c.getYAxisTitle()).isEqualTo("loss (log scale)");
        assertThat(c.getSeries("s").getYData()).containsExactly(new double[] {Math.log10(0.002), 0, Math.log10(300)},
                offset(1e-12));
        assertThat(c.getStyler().getYAxisMin()).as("log10(0.002) = -2.7 rounded down").isEqualTo(-3.0);
        assertThat(c.getStyler().getYAxisMax()).as("log10(300) = 2.48 rounded up").isEqualTo(3.0);

        RenderedChart exact = ChartRenderer.render(line(new double[] {1, 2, 3}, new double[] {1e-3, 1, 1e5}));
        assertThat(exact.getStyler().getYAxisMin()).isEqualTo(-3.0);
        assertThat(exact.getStyler().getYAxisMax()).isEqualTo(5.0);
    }

    @Test
    void aSetYRangeClipsTheAxisOnBothScales() {
        RenderedChart lin = ChartRenderer.render(line(new double[] {1, 2}, new double[] {0, 10}).yRange(0.5, 2.5)
                .reference("far above", 50));
        assertThat(lin.getStyler().getYAxisMin()).isEqualTo(0.5);
        assertThat(lin.getStyler().getYAxisMax()).isEqualTo(2.5);
        RenderedChart log = ChartRenderer.render(line(new double[] {1, 2}, new double[] {1e-3, 1e5}).yRange(1e-2, 1e3));
        assertThat(log.getStyler().getYAxisMin()).isEqualTo(-2.0, offset(1e-12));
        assertThat(log.getStyler().getYAxisMax()).isEqualTo(3.0, offset(1e-12));
        RenderedChart onlyTop = ChartRenderer.render(line(new double[] {1, 2}, new double[] {1, 2}).yRange(null, 4.0));
        assertThat(onlyTop.getStyler().getYAxisMin()).isEqualTo(1.0);
        assertThat(onlyTop.getStyler().getYAxisMax()).isEqualTo(4.0);
    }

    @Test
    void aSetXRangeReplacesTheDataRange() {
        RenderedChart c = ChartRenderer.render(line(new double[] {1, 2}, new double[] {1, 2}).xRange(-1.0, 10.0));
        assertThat(c.getStyler().getXAxisMin()).isEqualTo(-1.0);
        assertThat(c.getStyler().getXAxisMax()).isEqualTo(10.0);
    }

    @Test
    void referenceLinesWidenAnUnsetRangeAcrossTheDataWidth() {
        RenderedChart c = ChartRenderer.render(line(new double[] {2, 4}, new double[] {1, 2})
                .reference("chance", 5).reference("floor", -1));
        assertThat(c.getStyler().getYAxisMin()).isEqualTo(-1.0);
        assertThat(c.getStyler().getYAxisMax()).isEqualTo(5.0);
        XYSeries chance = c.getSeries("chance");
        assertThat(chance.getXData()).containsExactly(2, 4);
        assertThat(chance.getYData()).containsExactly(5, 5);

        RenderedChart log = ChartRenderer.render(line(new double[] {2, 4}, new double[] {1e-3, 1e5})
                .reference("guide", 1e7).reference("zero", 0));
        assertThat(log.getSeries("guide").getYData()).containsExactly(7, 7);
        assertThat(log.getStyler().getYAxisMax()).isEqualTo(7.0);
        assertThat(log.getSeries("zero")).as("0 has no place on a log axis").isNull();
        assertThat(log.getStyler().getYAxisMin()).isEqualTo(-3.0);
    }

    @Test
    void aFlatLineGetsRoomAroundIt() {
        RenderedChart five = ChartRenderer.render(line(new double[] {1, 2}, new double[] {5, 5}));
        assertThat(five.getStyler().getYAxisMin()).isEqualTo(4.5);
        assertThat(five.getStyler().getYAxisMax()).isEqualTo(5.5);
        RenderedChart minusFive = ChartRenderer.render(line(new double[] {1, 2}, new double[] {-5, -5}));
        assertThat(minusFive.getStyler().getYAxisMin()).isEqualTo(-5.5);
        assertThat(minusFive.getStyler().getYAxisMax()).isEqualTo(-4.5);
        RenderedChart zero = ChartRenderer.render(line(new double[] {1, 2}, new double[] {0, 0}));
        assertThat(zero.getStyler().getYAxisMin()).isEqualTo(-1e-9);
        assertThat(zero.getStyler().getYAxisMax()).isEqualTo(1e-9);
        RenderedChart log = ChartRenderer.render(line(new double[] {1, 2}, new double[] {10, 10}).scale(Scale.LOG));
        assertThat(log.getStyler().getYAxisMin()).as("one decade either side of 10¹").isEqualTo(0.0);
        assertThat(log.getStyler().getYAxisMax()).isEqualTo(2.0);
    }

    @Test
    void aSinglePointGetsAUnitWideXAxis() {
        RenderedChart c = ChartRenderer.render(line(new double[] {3}, new double[] {1}));
        assertThat(c.getStyler().getXAxisMin()).isEqualTo(3.0);
        assertThat(c.getStyler().getXAxisMax()).isEqualTo(4.0);
    }

    @Test
    void nothingFiniteGivesAUnitSquareAndSaysSo() {
        RenderedChart c = ChartRenderer.render(line(new double[] {1, 2}, new double[] {Double.NaN, Double.NaN}));
        assertThat(c.notes()).containsExactly("nothing finite to draw");
        assertThat(c.getStyler().getXAxisMin()).isEqualTo(0.0);
        assertThat(c.getStyler().getXAxisMax()).isEqualTo(1.0);
        // one note line: 0.06 + 0.07 of the height added below 0 for the notes box
        assertThat(c.getStyler().getYAxisMin()).isCloseTo(-0.13, offset(1e-12));
        assertThat(c.getStyler().getYAxisMax()).isEqualTo(1.0);
    }

    @Test
    void notesMakeRoomAtTheBottomInProportionToTheirLines() {
        RenderedChart one = ChartRenderer.render(line(new double[] {1, 2}, new double[] {0, 10}).note("a note"));
        assertThat(one.getStyler().getYAxisMin()).isCloseTo(-1.3, offset(1e-12));
        assertThat(one.getStyler().getYAxisMax()).isEqualTo(10.0);
        RenderedChart three = ChartRenderer.render(line(new double[] {1, 2}, new double[] {0, 10}).note("a note")
                .note("two\nlines"));
        assertThat(three.getStyler().getYAxisMin()).isCloseTo(-10 * (0.06 + 0.21), offset(1e-12));
        // on a log axis the bottom is then rounded down to a whole decade: -3 - 8·0.13 = -4.04 → -5
        RenderedChart log = ChartRenderer.render(line(new double[] {1, 2}, new double[] {1e-3, 1e5}).note("n"));
        assertThat(log.getStyler().getYAxisMin()).isEqualTo(-5.0);
        assertThat(log.getStyler().getYAxisMax()).isEqualTo(5.0);
    }

    @Test
    void yTickLabelsBelowZeroStayBlankWhenNoValueIsNegative() {
        RenderedChart c = ChartRenderer.render(line(new double[] {1, 2}, new double[] {0, 2}).note("n"));
        Function<Double, String> y = c.getStyler().getYAxisTickLabelsFormattingFunction();
        assertThat(y.apply(-0.2)).isEqualTo(" ");
        assertThat(y.apply(0.0)).isEqualTo("0");
        assertThat(y.apply(1.5)).isEqualTo("1.5");
        // the span is 2 - (-0.26) = 2.26: below -2.26e-9 is the notes' room; rounding noise above it is a value
        assertThat(y.apply(-2.3e-9)).isEqualTo(" ");
        assertThat(y.apply(-2.2e-9)).isEqualTo("-2.2×10⁻⁹");

        RenderedChart noNotes = ChartRenderer.render(line(new double[] {1, 2}, new double[] {0, 2}));
        // span 2: -2e-9 is the last value still labelled
        assertThat(noNotes.getStyler().getYAxisTickLabelsFormattingFunction().apply(-2e-9)).isEqualTo("-2×10⁻⁹");
        assertThat(noNotes.getStyler().getYAxisTickLabelsFormattingFunction().apply(-2.0001e-9)).isEqualTo(" ");

        RenderedChart signed = ChartRenderer.render(line(new double[] {1, 2}, new double[] {-1, 2}));
        assertThat(signed.getStyler().getYAxisTickLabelsFormattingFunction().apply(-1.0)).isEqualTo("-1");
        assertThat(c.getStyler().getXAxisTickLabelsFormattingFunction().apply(12345.0)).isEqualTo("12,345");
    }

    @Test
    void logTicksAreLabelledAtWholeDecadesOnly() {
        RenderedChart c = ChartRenderer.render(line(new double[] {1, 2}, new double[] {1e-3, 1e5}));
        Function<Double, String> y = c.getStyler().getYAxisTickLabelsFormattingFunction();
        assertThat(y.apply(2.0)).isEqualTo("100");
        assertThat(y.apply(4.0)).isEqualTo("10⁴");
        assertThat(y.apply(2.5)).isEqualTo(" ");
    }

    @Test
    void decadeLabelsArePlainFromAHundredthToAThousandAndPowersBeyond() {
        assertThat(ChartRenderer.decade(0)).isEqualTo("1");
        assertThat(ChartRenderer.decade(1)).isEqualTo("10");
        assertThat(ChartRenderer.decade(-2)).isEqualTo("0.01");
        assertThat(ChartRenderer.decade(3)).isEqualTo("1,000");
        assertThat(ChartRenderer.decade(4)).isEqualTo("10⁴");
        assertThat(ChartRenderer.decade(-3)).isEqualTo("10⁻³");
        assertThat(ChartRenderer.decade(-12)).isEqualTo("10⁻¹²");
        assertThat(ChartRenderer.decade(2 + 1e-7)).as("rounding noise").isEqualTo("100");
        assertThat(ChartRenderer.decade(2 + 1e-5)).isEqualTo(" ");
        assertThat(ChartRenderer.decade(0.5)).isEqualTo(" ");
    }

    @Test
    void anInvisibleHelperPointKeepsTheXTicksRound() {
        RenderedChart c = ChartRenderer.render(line(new double[] {1, 4}, new double[] {2, 3}));
        XYSeries helper = c.getSeries(RenderedChart.HELPER);
        assertThat(helper.getXData()[0]).as("a third of a thousandth into the x range").isCloseTo(1.001, offset(1e-12));
        assertThat(helper.getYData()).containsExactly(2);
        assertThat(helper.isShowInLegend()).isFalse();
        assertThat(helper.getLineColor().getAlpha()).isZero();
        assertThat(c.getSeriesCollection()).extracting(XYSeries::getName).containsExactly("s", RenderedChart.HELPER);
    }
}
