package org.initlab.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapSeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.HeatMapStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A weight histogram is a step-shaped density of area 1; a heatmap prints each finite cell on whole-number ends. */
class DistributionChartsTest {
    @Test
    void theHistogramIsADensityOverTheWeightsRangeWithTheTheoryDrawnOverIt() {
        XYChart c = DistributionCharts.weightHistogram("xavier", new double[] {0, 1, 2, 3}, x -> x, 3);
        assertThat(c.getTitle()).isEqualTo("xavier");
        assertThat(c.getXAxisTitle()).isEqualTo("weight value");
        assertThat(c.getYAxisTitle()).isEqualTo("density");
        assertThat(c.getStyler().getXAxisDecimalPattern()).isEqualTo("0.###");
        XYSeries hist = c.getSeries("sampled weights (histogram)");
        // bins [0,1) [1,2) [2,3]: 1, 1 and 2 of 4 weights, each bin 1 wide
        assertThat(hist.getXData()).containsExactly(0, 0, 1, 1, 2, 2, 3, 3);
        assertThat(hist.getYData()).containsExactly(0, 0.25, 0.25, 0.25, 0.25, 0.5, 0.5, 0);
        assertThat(hist.getXYSeriesRenderStyle()).contains(XYSeries.XYSeriesRenderStyle.Area);
        assertThat(hist.getMarker()).isEqualTo(SeriesMarkers.NONE);

        XYSeries theory = c.getSeries("theoretical density");
        assertThat(theory.getXData()).hasSize(400);
        // 5 % of the range beyond each end: -0.15 .. 3.15, and the density evaluated there (here f(x) = x)
        assertThat(theory.getXData()[0]).isCloseTo(-0.15, offset(1e-12));
        assertThat(theory.getXData()[399]).isCloseTo(3.15, offset(1e-12));
        assertThat(theory.getXData()[1] - theory.getXData()[0]).isCloseTo(3.3 / 399, offset(1e-12));
        assertThat(theory.getYData()).containsExactly(theory.getXData());
        assertThat(theory.getMarker()).isEqualTo(SeriesMarkers.NONE);
        assertThat(theory.getLineStyle().getLineWidth()).isEqualTo(2.4f);

        XYSeries shifted = DistributionCharts.weightHistogram("w", new double[] {1, 4}, x -> x, 3)
                .getSeries("theoretical density");
        assertThat(shifted.getXData()[0]).isCloseTo(0.85, offset(1e-12));
        assertThat(shifted.getXData()[399]).isCloseTo(4.15, offset(1e-12));
    }

    @Test
    void theLastBinEndsExactlyAtTheLargestWeight() {
        // 0.1 + 3 · (0.3 - 0.1) / 3 is 0.30000000000000004 in floating point: the last edge is the weight itself
        XYChart c = DistributionCharts.weightHistogram("w", new double[] {0.1, 0.3}, null, 3);
        double[] x = c.getSeries("sampled weights (histogram)").getXData();
        assertThat(x[0]).isEqualTo(0.1);
        assertThat(x[1]).isEqualTo(0.1);
        assertThat(x[6]).isEqualTo(0.3);
        assertThat(x[7]).isEqualTo(0.3);
        assertThat(c.getSeries("theoretical density")).as("no density given").isNull();
        assertThat(c.getSeriesCollection()).hasSize(1);
    }

    @Test
    void equalWeightsGetAUnitRangeEitherSide() {
        XYChart c = DistributionCharts.weightHistogram("zeros", new double[] {2, 2}, null, 2);
        XYSeries hist = c.getSeries("sampled weights (histogram)");
        // range 1..3, bins [1,2) [2,3]: both weights in the second, density 2 / (2 · 1) = 1
        assertThat(hist.getXData()).containsExactly(1, 1, 2, 2, 3, 3);
        assertThat(hist.getYData()).containsExactly(0, 0, 0, 1, 1, 0);
    }

    @Test
    void narrowRequestsGiveSmallPanelsOfThatSizeAndWideOnesTheFullSizeChart() {
        double[] w = {0, 1};
        XYChart small = DistributionCharts.weightHistogram("s", w, null, 2, 699, 250);
        assertThat(small.getWidth()).isEqualTo(699);
        assertThat(small.getHeight()).isEqualTo(250);
        assertThat(small.getStyler().isLegendVisible()).isFalse();
        XYChart wide = DistributionCharts.weightHistogram("s", w, null, 2, 700, 250);
        assertThat(wide.getWidth()).isEqualTo(900);
        assertThat(wide.getHeight()).isEqualTo(540);
        XYChart standard = DistributionCharts.weightHistogram("s", w, null, 2);
        assertThat(standard.getWidth()).isEqualTo(900);
        assertThat(standard.getHeight()).isEqualTo(540);
        assertThat(standard.getStyler().isLegendVisible()).isTrue();
    }

    @Test
    void aHeatmapWithNoFiniteCellIsAnEmptyGridThatSaysSo(@TempDir Path dir) throws Exception {
        double[][] values = {{Double.NaN, Double.POSITIVE_INFINITY}, {Double.NaN, Double.NEGATIVE_INFINITY}};
        HeatMapChart c = heat(2, values);
        assertThat(c.getTitle()).isEqualTo("acc — no finite value to show");
        assertThat(c.getStyler().isLegendVisible()).isFalse();
        assertThat(c.getSeriesCollection().iterator().next().getHeatData()).containsOnlyNulls();
        Path png = ChartFiles.savePng(c, dir, "empty");
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(900);
        assertThat(Files.readAllLines(dir.resolve("empty.csv"))).containsExactly("init,depth,value");
    }

    private static HeatMapChart heat(int rows, double[][] values) {
        List<String> names = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            names.add("r" + r);
        }
        return DistributionCharts.heatmap("acc", "init", List.of("a", "b"), "depth", names, values, "0.0");
    }

    private static double[][] filled(int rows, double v) {
        double[][] values = new double[rows][2];
        for (double[] row : values) {
            Arrays.fill(row, v);
        }
        return values;
    }

    @Test
    void heatmapRowsAreBetween22And50PixelsHighUnder160PixelsOfFrame() {
        assertThat(heat(2, filled(2, 1)).getHeight()).as("50 px rows").isEqualTo(260);
        assertThat(heat(14, filled(14, 1)).getHeight()).as("700 / 14 = 50").isEqualTo(160 + 14 * 50);
        assertThat(heat(20, filled(20, 1)).getHeight()).as("700 / 20 = 35").isEqualTo(160 + 20 * 35);
        assertThat(heat(31, filled(31, 1)).getHeight()).as("700 / 31 = 22").isEqualTo(160 + 31 * 22);
        assertThat(heat(40, filled(40, 1)).getHeight()).as("17, raised to 22").isEqualTo(160 + 40 * 22);
        assertThat(heat(2, filled(2, 1)).getWidth()).isEqualTo(900);
    }

    @Test
    void theColourScaleEndsAtWholeNumbersAroundTheFiniteValues() {
        HeatMapChart c = heat(2, new double[][] {{0.4, Double.NaN}, {1, 2.6}});
        assertThat(c.getStyler().getMin()).isEqualTo(0);
        assertThat(c.getStyler().getMax()).isEqualTo(3);
        HeatMapSeries s = c.getSeriesCollection().iterator().next();
        assertThat(s.getName()).isEqualTo("value");
        assertThat(new ArrayList<Object>(s.getXData())).containsExactly("a", "b");
        assertThat(new ArrayList<Object>(s.getYData())).containsExactly("r0", "r1");
        List<String> cells = new ArrayList<>();
        for (Number[] cell : s.getHeatData()) {
            cells.add(cell[0].intValue() + "," + cell[1].intValue() + "=" + cell[2]);
        }
        assertThat(cells).as("column,row=value").containsExactly("0,0=0.4", "0,1=1.0", "1,1=2.6");

        HeatMapChart one = heat(2, new double[][] {{5.5, Double.NaN}, {5.5, Double.NaN}});
        assertThat(one.getStyler().getMin()).as("one value: a unit either side").isEqualTo(4);
        assertThat(one.getStyler().getMax()).isEqualTo(7);
    }

    @Test
    void heatmapValuesArePrintedInDarkTypeOnLightColours() {
        HeatMapChart c = heat(2, filled(2, 1));
        HeatMapStyler s = c.getStyler();
        assertThat(c.getTitle()).isEqualTo("acc");
        assertThat(c.getXAxisTitle()).isEqualTo("init");
        assertThat(c.getYAxisTitle()).isEqualTo("depth");
        assertThat(s.isShowValue()).isTrue();
        assertThat(s.getHeatMapValueDecimalPattern()).isEqualTo("0.0");
        assertThat(s.getChartBackgroundColor()).isEqualTo(Color.WHITE);
        assertThat(s.getPlotBackgroundColor()).isEqualTo(Color.WHITE);
        assertThat(s.getRangeColors()).containsExactly(new Color(247, 251, 255), new Color(158, 202, 225),
                new Color(66, 146, 198));
        assertThat(s.getValueFontColor()).isEqualTo(Color.BLACK);
        assertThat(s.getValueFont().getSize()).isEqualTo(14);
        assertThat(s.getValueFont().isBold()).isTrue();
        assertThat(s.getXAxisTickMarkSpacingHint()).isEqualTo(5);
        assertThat(s.getYAxisTickMarkSpacingHint()).isEqualTo(5);
        assertThat(s.getAxisTickLabelsFont().getSize()).isEqualTo(13);
    }
}
