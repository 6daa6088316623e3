package org.initlab.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import org.initlab.plot.ChartSpec.Role;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.junit.jupiter.api.Test;

/** How each series looks: its initializer's colour, its activation's dash, its role's stroke, and told apart. */
class ChartRendererSeriesLooksTest {
    private static final double[] X = {1, 2, 3};
    private static final double[] Y = {3, 2, 1};
    private static final Color XAVIER = new Color(0, 114, 178);
    private static final Color HE = new Color(213, 94, 0);

    private static ChartSpec spec() {
        return ChartSpec.of("t", "x", "y");
    }

    private static double[] shifted(double by) {
        return new double[] {3 + by, 2 + by, 1 + by};
    }

    @Test
    void aDataLineTakesItsInitializersColourAndItsActivationsDash() {
        RenderedChart c = ChartRenderer.render(spec().line("a", X, Y, "xavier-normal", "relu"));
        XYSeries a = c.getSeries("a");
        assertThat(a.getLineColor()).isEqualTo(XAVIER);
        assertThat(a.getMarkerColor()).isEqualTo(XAVIER);
        assertThat(a.getFillColor()).isEqualTo(new Color(0, 114, 178, 140));
        assertThat(a.getLineStyle().getLineWidth()).isEqualTo(2.4f);
        assertThat(a.getLineStyle().getDashArray()).containsExactly(2f, 4f);
        assertThat(a.getMarker()).isEqualTo(SeriesMarkers.NONE);
        assertThat(a.isShowInLegend()).isTrue();
    }

    @Test
    void linesOfTheSameColourAndDashAreToldApartByMarkerShape() {
        ChartSpec spec = spec();
        for (int i = 0; i < 7; i++) {
            spec.line("he " + i, X, shifted(i), "he-normal", "tanh");
        }
        spec.line("other dash", X, shifted(10), "he-normal", "relu").line("other colour", X, shifted(11), "zeros",
                "tanh");
        RenderedChart c = ChartRenderer.render(spec);
        assertThat(c.getSeries("he 0").getMarker()).isEqualTo(SeriesMarkers.NONE);
        assertThat(c.getSeries("he 1").getMarker()).isEqualTo(SeriesMarkers.SQUARE);
        assertThat(c.getSeries("he 2").getMarker()).isEqualTo(SeriesMarkers.DIAMOND);
        assertThat(c.getSeries("he 3").getMarker()).isEqualTo(SeriesMarkers.TRIANGLE_UP);
        assertThat(c.getSeries("he 4").getMarker()).isEqualTo(SeriesMarkers.CIRCLE);
        assertThat(c.getSeries("he 5").getMarker()).isEqualTo(SeriesMarkers.TRIANGLE_DOWN);
        assertThat(c.getSeries("he 6").getMarker()).as("the shapes start over").isEqualTo(SeriesMarkers.NONE);
        assertThat(c.getSeries("other dash").getMarker()).isEqualTo(SeriesMarkers.NONE);
        assertThat(c.getSeries("other colour").getMarker()).isEqualTo(SeriesMarkers.NONE);
        assertThat(c.getSeries("he 3").getLineColor()).isEqualTo(HE);
    }

    @Test
    void eachRoleHasItsStroke() {
        RenderedChart c = ChartRenderer.render(spec()
                .add("raw", X, Y, "xavier-normal", "relu", Role.RAW, false)
                .add("theory", X, shifted(1), "xavier-normal", "relu", Role.THEORY, false)
                .add("dots", X, shifted(2), "xavier-normal", "relu", Role.DOTS, false)
                .add("area", X, shifted(3), "he-normal", "relu", Role.AREA, false));
        XYSeries raw = c.getSeries("raw");
        assertThat(raw.getLineColor()).as("a quarter opaque").isEqualTo(new Color(0, 114, 178, 64));
        assertThat(raw.getMarkerColor()).isEqualTo(XAVIER);
        assertThat(raw.getLineStyle().getLineWidth()).isEqualTo(1f);
        assertThat(raw.getLineStyle().getDashArray()).isNull();
        assertThat(raw.isShowInLegend()).isFalse();
        assertThat(raw.getMarker()).isEqualTo(SeriesMarkers.NONE);

        XYSeries theory = c.getSeries("theory");
        assertThat(theory.getLineStyle().getLineWidth()).isEqualTo(1.5f);
        assertThat(theory.getLineStyle().getDashArray()).containsExactly(7f, 5f);
        assertThat(theory.getMarker()).isEqualTo(SeriesMarkers.NONE);
        assertThat(theory.isShowInLegend()).isTrue();

        XYSeries dots = c.getSeries("dots");
        assertThat(dots.getMarker()).isEqualTo(SeriesMarkers.CIRCLE);
        assertThat(dots.getLineStyle().getLineWidth()).isEqualTo(2.4f * 0.8f);
        assertThat(dots.getLineStyle().getDashArray()).containsExactly(2f, 4f);

        XYSeries area = c.getSeries("area");
        assertThat(area.getXYSeriesRenderStyle()).contains(XYSeries.XYSeriesRenderStyle.Area);
        assertThat(area.getLineStyle().getLineWidth()).isEqualTo(1f);
        assertThat(area.getFillColor()).isEqualTo(new Color(213, 94, 0, 140));
        assertThat(c.getSeries("dots").getXYSeriesRenderStyle()).isNotEqualTo(area.getXYSeriesRenderStyle());
    }

    @Test
    void coincidingLinesAreDrawnWiderUnderneathAndNamedInANote() {
        RenderedChart c = ChartRenderer.render(spec().line("a", X, Y, "zeros", "tanh")
                .line("b", X, Y.clone(), "lsuv", "tanh").line("c", X, Y.clone(), "sparse", "tanh")
                .line("d", X, shifted(1), "uniform", "tanh"));
        assertThat(c.getSeries("a").getLineStyle().getLineWidth()).isEqualTo(2.4f + 2 * 2.2f);
        assertThat(c.getSeries("b").getLineStyle().getLineWidth()).isEqualTo(2.4f + 2.2f);
        assertThat(c.getSeries("c").getLineStyle().getLineWidth()).isEqualTo(2.4f);
        assertThat(c.getSeries("d").getLineStyle().getLineWidth()).isEqualTo(2.4f);
        assertThat(c.notes()).containsExactly("lines coincide (drawn one over another): a = b = c");
    }

    @Test
    void failedRunsAreDrawnLastSoThatTheyShowOnTop() {
        RenderedChart c = ChartRenderer.render(spec().add("failed", X, Y, "zeros", null, Role.LINE, true)
                .line("fine", X, shifted(1), "lsuv", null).reference("ref", 2.5));
        assertThat(c.getSeriesCollection()).extracting(XYSeries::getName)
                .containsExactly("fine", "failed", "ref", RenderedChart.HELPER);
    }

    @Test
    void seriesWithTheSameNameAreKeptApartByTrailingSpaces() {
        RenderedChart c = ChartRenderer.render(spec().line("s", X, Y, null, null).line("s", X, shifted(1), null, null)
                .reference("s", 0));
        assertThat(c.getSeriesCollection()).extracting(XYSeries::getName)
                .containsExactly("s", "s ", "s  ", RenderedChart.HELPER);
    }

    @Test
    void seriesWithoutAnInitializerTakeViridisLikeColoursInTheOrderAdded() {
        RenderedChart c = ChartRenderer.render(spec().line("layer 1", X, Y, null, null)
                .add("layer 2", X, shifted(1), null, null, Role.LINE, true)
                .line("layer 3", X, shifted(2), null, null)
                .line("keyed", X, shifted(3), "lsuv", null));
        assertThat(c.getSeries("layer 1").getLineColor()).isEqualTo(new Color(68, 1, 84));
        // t = 0.475: 90 % of the way from (59, 82, 139) to (33, 145, 140)
        assertThat(c.getSeries("layer 2").getLineColor()).isEqualTo(new Color(35, 138, 139));
        // t = 0.95: 80 % of the way from (94, 201, 98) to (220, 190, 30)
        assertThat(c.getSeries("layer 3").getLineColor()).isEqualTo(new Color(194, 192, 43));
        assertThat(c.getSeries("keyed").getLineColor()).isEqualTo(new Color(117, 59, 146));
    }

    @Test
    void aLoneUnkeyedSeriesIsNeitherTheDarkestNorTheLightest() {
        // t = 0.3: 20 % of the way from (59, 82, 139) to (33, 145, 140)
        assertThat(ChartRenderer.sequential(0, 1)).isEqualTo(new Color(53, 94, 139));
        assertThat(ChartRenderer.sequential(0, 2)).isEqualTo(new Color(68, 1, 84));
        assertThat(ChartRenderer.sequential(1, 2)).isEqualTo(new Color(194, 192, 43));
        RenderedChart c = ChartRenderer.render(spec().line("only", X, Y, null, null).line("init", X, shifted(1),
                "zeros", null));
        assertThat(c.getSeries("only").getLineColor()).isEqualTo(new Color(53, 94, 139));
    }

    @Test
    void aPredictionTakesTheColourOfTheSeriesItWasToldToMatch() {
        RenderedChart c = ChartRenderer.render(spec().line("first", X, Y, null, null)
                .line("second", X, shifted(1), null, null)
                .add("second, predicted", X, shifted(2), null, null, Role.THEORY, false)
                .add("orphan", X, shifted(3), null, null, Role.THEORY, false)
                .sameColour("second, predicted", "second").sameColour("orphan", "nobody"));
        // two unkeyed series, not four: the matched ones borrow a colour
        assertThat(c.getSeries("second").getLineColor()).isEqualTo(ChartRenderer.sequential(1, 2))
                .isEqualTo(new Color(194, 192, 43));
        assertThat(c.getSeries("second, predicted").getLineColor()).isEqualTo(new Color(194, 192, 43));
        assertThat(c.getSeries("orphan").getLineColor()).isEqualTo(VisualStyle.REFERENCE);
    }

    @Test
    void referenceLinesAreGreyAndDotted() {
        RenderedChart c = ChartRenderer.render(spec().line("a", X, Y, "zeros", null).reference("chance", 2));
        XYSeries ref = c.getSeries("chance");
        assertThat(ref.getLineColor()).isEqualTo(new Color(110, 110, 110));
        assertThat(ref.getMarker()).isEqualTo(SeriesMarkers.NONE);
        assertThat(ref.getLineStyle().getLineWidth()).isEqualTo(1.5f);
        assertThat(ref.getLineStyle().getDashArray()).containsExactly(3f, 4f);
    }

    @Test
    void fullSizeChartsUseLargerFontsAndMarkersThanSmallPanels() {
        XYStyler big = ChartRenderer.render(spec().line("a", X, Y, null, null).size(600, 400)).getStyler();
        assertThat(big.getChartTitleFont().getSize()).isEqualTo(18);
        assertThat(big.getChartTitleFont().isBold()).isTrue();
        assertThat(big.getAxisTitleFont().getSize()).isEqualTo(16);
        assertThat(big.getAxisTickLabelsFont().getSize()).isEqualTo(15);
        assertThat(big.getLegendFont().getSize()).isEqualTo(14);
        assertThat(big.getAnnotationTextFont().getSize()).isEqualTo(14);
        assertThat(big.getAnnotationTextPanelFont().getSize()).isEqualTo(13);
        assertThat(big.getMarkerSize()).isEqualTo(8);
        assertThat(big.getXAxisTickMarkSpacingHint()).isEqualTo(90);
        assertThat(big.getYAxisTickMarkSpacingHint()).isEqualTo(60);

        RenderedChart smallChart = ChartRenderer.render(spec().line("a", X, Y, null, null).size(599, 400));
        XYStyler small = smallChart.getStyler();
        assertThat(small.getChartTitleFont().getSize()).isEqualTo(13);
        assertThat(small.getAxisTitleFont().getSize()).isEqualTo(13);
        assertThat(small.getAxisTickLabelsFont().getSize()).isEqualTo(12);
        assertThat(small.getLegendFont().getSize()).isEqualTo(12);
        assertThat(small.getAnnotationTextFont().getSize()).isEqualTo(12);
        assertThat(small.getAnnotationTextPanelFont().getSize()).isEqualTo(11);
        assertThat(small.getMarkerSize()).isEqualTo(6);
        assertThat(small.getXAxisTickMarkSpacingHint()).isEqualTo(70);
        assertThat(small.getYAxisTickMarkSpacingHint()).isEqualTo(45);
        assertThat(smallChart.getSeries("a").getLineStyle().getLineWidth()).isEqualTo(1.6f);
        assertThat(smallChart.getWidth()).isEqualTo(599);
        assertThat(smallChart.getHeight()).isEqualTo(400);
    }

    @Test
    void theCoursesChartFrame() {
        XYStyler s = ChartRenderer.render(spec().line("a", X, Y, null, null)).getStyler();
        assertThat(s.getChartBackgroundColor()).isEqualTo(Color.WHITE);
        assertThat(s.getPlotBackgroundColor()).isEqualTo(Color.WHITE);
        assertThat(s.getPlotGridLinesColor()).isEqualTo(new Color(228, 228, 228));
        assertThat(s.getLegendPosition()).isEqualTo(Styler.LegendPosition.OutsideE);
        assertThat(s.isLegendVisible()).isTrue();
        assertThat(s.getAnnotationTextPanelBackgroundColor()).isEqualTo(new Color(255, 255, 240, 230));
        assertThat(s.getXAxisMaxLabelCount()).isEqualTo(10);
        assertThat(ChartRenderer.render(spec().line("a", X, Y, null, null).withoutLegend()).getStyler()
                .isLegendVisible()).isFalse();
    }
}
