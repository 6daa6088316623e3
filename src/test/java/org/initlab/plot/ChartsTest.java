package org.initlab.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.Map;
import org.initlab.train.HandMadeHistory;
import org.initlab.train.History;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.junit.jupiter.api.Test;

/** Hand-made charts in the course's style, what a hand-made axis can hold, and single-run curves by label. */
class ChartsTest {
    @Test
    void aLineChartIsFullSizeWithItsLegendOnTheRight() {
        XYChart c = Charts.lineChart("Loss", "step", "loss");
        assertThat(c.getTitle()).isEqualTo("Loss");
        assertThat(c.getXAxisTitle()).isEqualTo("step");
        assertThat(c.getYAxisTitle()).isEqualTo("loss");
        assertThat(c.getWidth()).isEqualTo(900);
        assertThat(c.getHeight()).isEqualTo(540);
        XYStyler s = c.getStyler();
        assertThat(s.getChartBackgroundColor()).isEqualTo(Color.WHITE);
        assertThat(s.getPlotBackgroundColor()).isEqualTo(Color.WHITE);
        assertThat(s.getPlotGridLinesColor()).isEqualTo(new Color(228, 228, 228));
        assertThat(s.getChartTitleFont().getSize()).isEqualTo(20);
        assertThat(s.getChartTitleFont().isBold()).isTrue();
        assertThat(s.getLegendFont().getSize()).isEqualTo(14);
        assertThat(s.getAxisTitleFont().getSize()).isEqualTo(16);
        assertThat(s.getAxisTickLabelsFont().getSize()).isEqualTo(15);
        assertThat(s.getLegendPosition()).isEqualTo(Styler.LegendPosition.OutsideE);
        assertThat(s.getSeriesColors()).startsWith(new Color(0, 114, 178), new Color(213, 94, 0)).hasSize(8);
        assertThat(s.getMarkerSize()).isEqualTo(6);
        assertThat(s.getXAxisTickMarkSpacingHint()).isEqualTo(90);
        assertThat(s.getYAxisTickMarkSpacingHint()).isEqualTo(60);
        assertThat(s.getXAxisMaxLabelCount()).isEqualTo(10);
        assertThat(s.isYAxisLogarithmicDecadeOnly()).isTrue();
        assertThat(s.getXAxisTickLabelsFormattingFunction().apply(2e-4)).isEqualTo("2×10⁻⁴");
    }

    @Test
    void aSmallChartHasSmallerFontsAndNoLegend() {
        XYChart c = Charts.smallChart("layer 3", "value", "%", 360, 340);
        assertThat(c.getTitle()).isEqualTo("layer 3");
        assertThat(c.getXAxisTitle()).isEqualTo("value");
        assertThat(c.getYAxisTitle()).isEqualTo("%");
        assertThat(c.getWidth()).isEqualTo(360);
        assertThat(c.getHeight()).isEqualTo(340);
        XYStyler s = c.getStyler();
        assertThat(s.getChartBackgroundColor()).isEqualTo(Color.WHITE);
        assertThat(s.getPlotBackgroundColor()).isEqualTo(Color.WHITE);
        assertThat(s.getPlotGridLinesColor()).isEqualTo(new Color(228, 228, 228));
        assertThat(s.getChartTitleFont().getSize()).isEqualTo(15);
        assertThat(s.getLegendFont().getSize()).isEqualTo(12);
        assertThat(s.getAxisTitleFont().getSize()).isEqualTo(13);
        assertThat(s.getAxisTickLabelsFont().getSize()).isEqualTo(12);
        assertThat(s.isLegendVisible()).isFalse();
        assertThat(s.getSeriesColors()).hasSize(8).endsWith(new Color(240, 228, 66));
        assertThat(s.getXAxisTickMarkSpacingHint()).isEqualTo(70);
        assertThat(s.getYAxisTickMarkSpacingHint()).isEqualTo(45);
        assertThat(s.getXAxisTickLabelsFormattingFunction().apply(1500.0)).isEqualTo("1,500");
    }

    @Test
    void addLineDrawsASolidLineWithoutMarkers() {
        XYChart c = Charts.lineChart("t", "x", "y");
        XYSeries s = Charts.addLine(c, "a", new double[] {1, 2}, new double[] {3, 4});
        assertThat(c.getSeries("a")).isSameAs(s);
        assertThat(s.getMarker()).isEqualTo(SeriesMarkers.NONE);
        assertThat(s.getLineStyle().getLineWidth()).isEqualTo(2.4f);
        assertThat(s.getLineStyle().getDashArray()).isNull();
        assertThat(s.getYData()).containsExactly(3, 4);
    }

    @Test
    void aHandMadeAxisHoldsFiniteValuesUpToAGoogolAndOnlyPositiveOnesWhenLogarithmic() {
        assertThat(Charts.plottable(0, false)).isTrue();
        assertThat(Charts.plottable(-1e100, false)).isTrue();
        assertThat(Charts.plottable(1e100, true)).isTrue();
        assertThat(Charts.plottable(1.01e100, false)).isFalse();
        assertThat(Charts.plottable(Double.NaN, false)).isFalse();
        assertThat(Charts.plottable(Double.POSITIVE_INFINITY, false)).isFalse();
        assertThat(Charts.plottable(0, true)).isFalse();
        assertThat(Charts.plottable(-2, true)).isFalse();
        assertThat(Charts.plottable(1e-300, true)).isTrue();
    }

    @Test
    void aLogAxisSpanningLessThanTwoDecadesIsLabelledBetweenDecadesToo() {
        XYChart narrow = Charts.lineChart("t", "x", "y");
        Charts.labelNarrowLogAxis(narrow, 1, 99);
        assertThat(narrow.getStyler().isYAxisLogarithmicDecadeOnly()).isFalse();
        XYChart wide = Charts.lineChart("t", "x", "y");
        Charts.labelNarrowLogAxis(wide, 1, 100);
        assertThat(wide.getStyler().isYAxisLogarithmicDecadeOnly()).as("exactly two decades").isTrue();
        XYChart zero = Charts.lineChart("t", "x", "y");
        Charts.labelNarrowLogAxis(zero, 0, 5);
        assertThat(zero.getStyler().isYAxisLogarithmicDecadeOnly()).isTrue();
        XYChart zeroTop = Charts.lineChart("t", "x", "y");
        Charts.labelNarrowLogAxis(zeroTop, 1, 0);
        assertThat(zeroTop.getStyler().isYAxisLogarithmicDecadeOnly()).isTrue();
        XYChart ratio = Charts.lineChart("t", "x", "y");
        Charts.labelNarrowLogAxis(ratio, 2, 150);
        assertThat(ratio.getStyler().isYAxisLogarithmicDecadeOnly()).as("150 / 2 = 75").isFalse();
        XYChart negative = Charts.lineChart("t", "x", "y");
        Charts.labelNarrowLogAxis(negative, 1, -5);
        assertThat(negative.getStyler().isYAxisLogarithmicDecadeOnly()).isTrue();
    }

    @Test
    void lossAndAccuracyChartsTakeTheColourAndDashNamedInEachLabel() {
        Map<String, History> runs = new LinkedHashMap<>();
        runs.put("relu, he-normal", HandMadeHistory.of(new double[] {0.7, 0.5, 0.3}, 0.5, 0.9));
        runs.put("my run", HandMadeHistory.of(new double[] {0.7, 0.6, 0.5}, 0.5, 0.8));
        XYChart loss = Charts.lossPerStep("Loss", runs);
        assertThat(loss.getTitle()).isEqualTo("Loss");
        assertThat(loss.getYAxisTitle()).isEqualTo("mini-batch loss");
        XYSeries he = loss.getSeries("relu, he-normal");
        assertThat(he.getLineColor()).isEqualTo(new Color(213, 94, 0));
        assertThat(he.getLineStyle().getDashArray()).containsExactly(2f, 4f);
        assertThat(loss.getSeries("my run").getLineStyle().getDashArray()).isNull();

        XYChart accuracy = Charts.testAccuracy("Accuracy", runs);
        assertThat(accuracy.getTitle()).isEqualTo("Accuracy");
        assertThat(accuracy.getYAxisTitle()).isEqualTo("test accuracy (%)");
        assertThat(accuracy.getSeries("relu, he-normal (90%)").getLineColor()).isEqualTo(new Color(213, 94, 0));
        assertThat(accuracy.getSeries("my run (80%)").getYData()).containsExactly(50, 80);
    }
}
