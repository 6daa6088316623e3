package org.initlab.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.initlab.data.Dataset;
import org.initlab.plot.DecisionBoundaries.Classifier;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Four test points at the corners of [0, 10]², a third feature that must be ignored: the grid spans [-1, 11]² (10 %
 * padding), 60 × 60 cell centres -0.9, -0.7, ..., 10.9, each coloured by the predicted class.
 */
class DecisionBoundariesTest {
    @TempDir
    static Path tmp;
    static Path png;
    static List<XYChart> panels = new ArrayList<>();
    static double[][] firstGrid;

    @BeforeAll
    static void save() throws Exception {
        Dataset test = new Dataset("corners", new double[] {0, 0, 1000, 10, 0, -1000, 0, 10, 5, 10, 10, 7}, 3,
                new int[] {0, 1, 0, 1}, 2);
        Map<String, Classifier> nets = new LinkedHashMap<>();
        nets.put("right half", rows -> {
            firstGrid = rows;
            int[] out = new int[rows.length];
            for (int i = 0; i < rows.length; i++) {
                out[i] = rows[i][0] > 5 ? 1 : 0;
            }
            return out;
        });
        nets.put("all seven", rows -> {
            int[] out = new int[rows.length];
            Arrays.fill(out, 7);
            return out;
        });
        nets.put("all minus three", rows -> {
            int[] out = new int[rows.length];
            Arrays.fill(out, -3);
            return out;
        });
        nets.put("top half", rows -> {
            int[] out = new int[rows.length];
            for (int i = 0; i < rows.length; i++) {
                out[i] = rows[i][1] > 5 ? 7 : 0;
            }
            return out;
        });
        try (AutoCloseable watching = ChartFiles.watch(s -> s.charts().forEach(c -> panels.add((XYChart) c)))) {
            png = DecisionBoundaries.save(nets, test, tmp, "boundaries");
        }
    }

    @Test
    void theNetworksSeeTheCellCentresOfA60By60GridOverThePaddedData() {
        assertThat(firstGrid).hasNumberOfRows(3600);
        assertThat(firstGrid[0]).containsExactly(new double[] {-0.9, -0.9}, offset(1e-12));
        assertThat(firstGrid[1]).as("the second feature varies fastest")
                .containsExactly(new double[] {-0.9, -0.7}, offset(1e-12));
        assertThat(firstGrid[60]).containsExactly(new double[] {-0.7, -0.9}, offset(1e-12));
        assertThat(firstGrid[3599]).containsExactly(new double[] {10.9, 10.9}, offset(1e-12));
    }

    @Test
    void eachPanelShowsThePredictedRegionsUnderTheTestPoints() {
        XYChart right = panels.get(0);
        assertThat(right.getTitle()).isEqualTo("right half");
        assertThat(right.getSeriesCollection()).extracting(XYSeries::getName).containsExactly("predicted class 0",
                "predicted class 1", "test points, class 0", "test points, class 1");
        // x > 5 from the 31st column of cells on: 30 × 60 cells each
        assertThat(right.getSeries("predicted class 0").getXData()).hasSize(1800);
        assertThat(right.getSeries("predicted class 1").getXData()).hasSize(1800);
        assertThat(right.getSeries("predicted class 1").getXData()[0]).isCloseTo(5.1, offset(1e-12));
        assertThat(right.getSeries("test points, class 0").getXData()).containsExactly(0, 0);
        assertThat(right.getSeries("test points, class 0").getYData()).containsExactly(0, 10);
        assertThat(right.getSeries("test points, class 1").getXData()).containsExactly(10, 10);
        assertThat(right.getSeries("test points, class 1").getYData()).containsExactly(0, 10);
    }

    @Test
    void regionsAreLightSquaresAndTestPointsDarkCircles() {
        XYChart right = panels.get(0);
        XYSeries region0 = right.getSeries("predicted class 0");
        assertThat(region0.getXYSeriesRenderStyle()).contains(XYSeries.XYSeriesRenderStyle.Scatter);
        assertThat(region0.getMarker()).isEqualTo(SeriesMarkers.SQUARE);
        assertThat(region0.getMarkerColor()).isEqualTo(new Color(228, 210, 238));
        assertThat(right.getSeries("predicted class 1").getMarkerColor()).isEqualTo(new Color(207, 236, 210));
        XYSeries points1 = right.getSeries("test points, class 1");
        assertThat(points1.getXYSeriesRenderStyle()).contains(XYSeries.XYSeriesRenderStyle.Scatter);
        assertThat(points1.getMarker()).isEqualTo(SeriesMarkers.CIRCLE);
        assertThat(points1.getMarkerColor()).isEqualTo(new Color(25, 120, 45));
        assertThat(points1.getLineColor()).isEqualTo(new Color(25, 120, 45));
        assertThat(right.getSeries("test points, class 0").getMarkerColor()).isEqualTo(new Color(120, 50, 150));
    }

    @Test
    void thePlotIsClippedToThePaddedDataWithoutGridLines() {
        XYChart right = panels.get(0);
        assertThat(right.getWidth()).isEqualTo(360);
        assertThat(right.getHeight()).isEqualTo(340);
        assertThat(right.getStyler().getXAxisMin()).isEqualTo(-1.0);
        assertThat(right.getStyler().getXAxisMax()).isEqualTo(11.0);
        assertThat(right.getStyler().getYAxisMin()).isEqualTo(-1.0);
        assertThat(right.getStyler().getYAxisMax()).isEqualTo(11.0);
        assertThat(right.getStyler().isPlotGridLinesVisible()).isFalse();
        assertThat(right.getStyler().getChartTitleFont().getSize()).isEqualTo(13);
        assertThat(right.getStyler().getChartTitleFont().isBold()).isTrue();
        assertThat(right.getXAxisTitle()).isEqualTo("x₁");
        assertThat(right.getYAxisTitle()).isEqualTo("x₂");
        assertThat(right.getStyler().getYAxisTickLabelsFormattingFunction().apply(2e5)).isEqualTo("2×10⁵");
    }

    @Test
    void aNetworkThatPaintsOneColourSaysSoAndClassesBeyondOneCountAsOne() {
        assertThat(panels).extracting(XYChart::getTitle).containsExactly("right half", "all seven · one class",
                "all minus three · one class", "top half");
        assertThat(panels.get(1).getSeries("predicted class 0")).isNull();
        assertThat(panels.get(1).getSeries("predicted class 1").getXData()).as("7 counts as class 1").hasSize(3600);
        assertThat(panels.get(2).getSeries("predicted class 1")).isNull();
        assertThat(panels.get(2).getSeries("predicted class 0").getXData()).as("-3 counts as class 0").hasSize(3600);
        assertThat(panels.get(3).getSeries("predicted class 1").getXData()).hasSize(1800);
        assertThat(panels.get(3).getSeries("predicted class 1").getYData()[0]).isCloseTo(5.1, offset(1e-12));
    }

    @Test
    void titlesThatFitKeepThirteenPointBold() {
        assertThat(panels).allSatisfy(p -> assertThat(p.getStyler().getChartTitleFont())
                .isEqualTo(VisualStyle.font(13, true)));
    }

    @Test
    void thePanelsAreSavedThreeToARowWithTheirPoints() throws Exception {
        assertThat(png).isEqualTo(tmp.resolve("boundaries.png"));
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(3 * 360);
        assertThat(img.getHeight()).isEqualTo(2 * 340);
        List<String> csv = Files.readAllLines(tmp.resolve("boundaries.csv"));
        assertThat(csv.get(0)).isEqualTo("panel,series,x,y");
        assertThat(csv).contains("right half,\"test points, class 1\",10.0,0.0");
        assertThat(csv).hasSize(1 + 4 * 3600 + 4 * 4);
    }
}
