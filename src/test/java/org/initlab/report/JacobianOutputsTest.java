package org.initlab.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.initlab.diagnostics.InputOutputJacobian;
import org.initlab.plot.ChartRenderer;
import org.initlab.plot.ChartSpec;
import org.initlab.plot.RenderedChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files and words of a Jacobian measurement, from singular values chosen by hand (4, 2, 1, 0.5: mean of squares
 * (16 + 4 + 1 + 0.25)/4 = 5.3125, spread 8), and the histogram panels bin by bin.
 */
class JacobianOutputsTest {
    @TempDir
    Path tmp;

    private static final InputOutputJacobian.Result KEPT =
            new InputOutputJacobian.Result(new double[] {4, 2, 1, 0.5}, 5.3125, 4, 0.5, 8, 6.5);

    @Test
    void theSummaryNamesEachFigureWithFourDigits() {
        assertThat(JacobianOutputs.summary(KEPT)).containsExactly(
                "mean of squared singular values (1/N)·tr(JᵀJ): 5.313 (1 keeps the average gradient's size)",
                "largest singular value: 4.000",
                "smallest singular value: 0.5000",
                "spread max/min: 8.000 (1 is dynamical isometry: every direction kept alike)",
                "spread of the middle 80% (90th / 10th percentile): 6.500",
                "share of singular values below 1e-10 × the largest: 0.0% — input directions that, in double "
                        + "precision, no longer reach the output");
    }

    @Test
    void theLostShareCountsValuesBelowOneTenBillionthOfTheLargest() {
        // 1e-11 and 0 are below 1e-10 × 1: two of four lost
        var lost = new InputOutputJacobian.Result(new double[] {1, 0.5, 1e-11, 0}, 0.3125, 1, 0,
                Double.POSITIVE_INFINITY, 2);
        assertThat(JacobianOutputs.summary(lost)).contains("spread max/min: Infinity (1 is dynamical isometry: "
                + "every direction kept alike)");
        assertThat(JacobianOutputs.summary(lost).get(5)).startsWith("share of singular values below 1e-10 × the "
                + "largest: 50.0% — ");
    }

    @Test
    void writeSavesTheValuesTheHistogramAndAReport() throws Exception {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("depth", "10");
        List<String> lines = JacobianOutputs.write(KEPT, "Jacobian *test*", settings, tmp);
        assertThat(lines).isEqualTo(JacobianOutputs.summary(KEPT));
        assertThat(Files.readAllLines(tmp.resolve("singular_values.csv"))).containsExactly("singular_value",
                "4.0000000000000000", "2.0000000000000000", "1.0000000000000000", "0.50000000000000000");
        BufferedImage png = ImageIO.read(tmp.resolve("singular_values_histogram.png").toFile());
        assertThat(png.getWidth()).isEqualTo(900);
        assertThat(png.getHeight()).isEqualTo(540);
        String md = Files.readString(tmp.resolve("report.md"));
        assertThat(md).startsWith("# Jacobian \\*test\\*\n\n");
        assertThat(md).contains("## What was run\n\n| setting | value |\n| --- | --- |\n| depth | 10 |\n\n"
                + "## What we found\n\n- mean of squared singular values (1/N)·tr(JᵀJ): 5.313 (1 keeps the average "
                + "gradient's size)\n- largest singular value: 4.000\n");
        assertThat(md).endsWith("![Histogram of the singular values over log₁₀ (isometry is one spike at 0, a singular "
                + "value of 1)](singular_values_histogram.png)\n\n*Histogram of the singular values over log₁₀ "
                + "(isometry is one spike at 0, a singular value of 1)* ([data](singular_values_histogram.csv))\n\n");
        assertThat(tmp.resolve("report.html")).isNotEmptyFile();
    }

    @Test
    void panelsShareWholeDecadesAndCountEachSetInPercent() {
        Map<String, double[]> sets = new LinkedHashMap<>();
        sets.put("he-normal run", new double[] {1, 10, 100});
        // 1e-12 is below 1e-10 × 1, 0 is no positive value and NaN no number: three of four lost
        sets.put("orthogonal", new double[] {1, 1e-12, 0, Double.NaN});
        List<ChartSpec> panels = JacobianOutputs.histogramPanels(sets);
        assertThat(panels).hasSize(2);

        // log₁₀ from 0 to 2, so the axis runs over whole decades 0..3 (100 itself must not sit on the edge):
        // 40 bins of 0.075; 1 → bin 0, 10 → bin 13 (1/0.075 = 13.3), 100 → bin 26 (2/0.075 = 26.7)
        ChartSpec he = panels.get(0);
        assertThat(he.title()).isEqualTo("he-normal run");
        assertThat(he.xLabel()).isEqualTo("log₁₀ singular value (0: a value of 1)");
        assertThat(he.yLabel()).isEqualTo("% of values");
        ChartSpec.Series s = he.series().get(0);
        assertThat(s.name()).isEqualTo("he-normal run");
        assertThat(s.initKey()).isEqualTo("he-normal");
        assertThat(s.role()).isEqualTo(ChartSpec.Role.AREA);
        assertThat(s.failed()).isFalse();
        double[] x = new double[82];
        double[] y = new double[82];
        for (int b = 0; b < 40; b++) {
            x[2 * b + 1] = 0.075 * b;
            x[2 * b + 2] = 0.075 * (b + 1);
        }
        x[81] = 3;
        for (int b : new int[] {0, 13, 26}) {
            y[2 * b + 1] = 100.0 / 3;
            y[2 * b + 2] = 100.0 / 3;
        }
        assertThat(s.x()).containsExactly(x, offset(1e-12));
        assertThat(s.y()).containsExactly(y, offset(1e-12));
        assertAxes(he, 0, 3, 50);

        ChartSpec orthogonal = panels.get(1);
        assertThat(orthogonal.title()).isEqualTo("orthogonal: 75% lost");
        assertThat(orthogonal.series().get(0).initKey()).isEqualTo("orthogonal");
        double[] y2 = new double[82];
        y2[1] = 25;
        y2[2] = 25;
        assertThat(orthogonal.series().get(0).y()).containsExactly(y2, offset(1e-12));
        assertAxes(orthogonal, 0, 3, 25);
    }

    @Test
    void aValueAtExactlyOneTenBillionthOfTheLargestIsKept() {
        List<ChartSpec> panels = JacobianOutputs.histogramPanels(Map.of("edge", new double[] {1, 1e-10}));
        assertThat(panels.get(0).title()).isEqualTo("edge");
        // log₁₀ from −10 to 0: the axis from −10 to 1, bins of 11/40; each value is half of the set
        double[] y = panels.get(0).series().get(0).y();
        assertThat(y[1]).isEqualTo(50);
        assertThat(y[2 * 36 + 1]).isEqualTo(50); // 10/(11/40) = 36.4
        assertThat(Arrays.stream(y).sum()).isEqualTo(200, offset(1e-9));
        assertAxes(panels.get(0), -10, 1, 50);
    }

    @Test
    void theLostFloorScalesWithTheLargestValueOfEachSet() {
        // largest 10: the floor is 1e-9, so 1e-10 is lost and the axis spans log₁₀ 10 = 1 only (1 to 2)
        List<ChartSpec> panels = JacobianOutputs.histogramPanels(Map.of("x", new double[] {10, 1e-10}));
        assertThat(panels.get(0).title()).isEqualTo("x: 50% lost");
        assertAxes(panels.get(0), 1, 2, 50);
    }

    @Test
    void aSetOfZerosDoesNotWidenTheAxisOfTheOthers() {
        Map<String, double[]> sets = new LinkedHashMap<>();
        sets.put("kept", new double[] {10, 100});
        sets.put("zeros", new double[] {0});
        List<ChartSpec> panels = JacobianOutputs.histogramPanels(sets);
        assertAxes(panels.get(0), 1, 3, 50);
        assertThat(panels.get(1).title()).isEqualTo("zeros: 100% lost");
        assertAxes(panels.get(1), 1, 3, 1);
    }

    @Test
    void setsWithNothingToDrawGetTheAxisFromMinusOneToOne() {
        Map<String, double[]> sets = new LinkedHashMap<>();
        sets.put("zeros", new double[] {0, 0});
        sets.put("overflow", new double[] {Double.POSITIVE_INFINITY, 0});
        List<ChartSpec> panels = JacobianOutputs.histogramPanels(sets);
        assertThat(panels.get(0).title()).isEqualTo("zeros: 100% lost");
        assertThat(panels.get(1).title()).isEqualTo("overflow: 100% lost");
        assertThat(panels.get(0).series().get(0).x()[0]).isEqualTo(-1);
        assertThat(panels.get(0).series().get(0).x()[81]).isEqualTo(1);
        assertThat(panels.get(0).series().get(0).y()).containsOnly(0);
        assertAxes(panels.get(0), -1, 1, 1);
    }

    @Test
    void aSingleValueMakesAnAxisOfOneDecade() {
        List<ChartSpec> panels = JacobianOutputs.histogramPanels(Map.of("one of three", new double[] {1, 1, 1e-11}));
        assertThat(panels.get(0).title()).isEqualTo("one of three: 33% lost");
        // log₁₀ 1 = 0: lo 0, hi 1; two thirds in the first bin
        assertThat(panels.get(0).series().get(0).y()[1]).isEqualTo(200.0 / 3, offset(1e-12));
        assertAxes(panels.get(0), 0, 1, 100);
    }

    @Test
    void theAxisTopIsTheNextRoundNumber() {
        assertThat(JacobianOutputs.roundUp(0)).isEqualTo(1);
        assertThat(JacobianOutputs.roundUp(-3)).isEqualTo(1);
        assertThat(JacobianOutputs.roundUp(Double.NaN)).isEqualTo(1);
        assertThat(JacobianOutputs.roundUp(1)).isEqualTo(1);
        assertThat(JacobianOutputs.roundUp(1.5)).isEqualTo(2);
        assertThat(JacobianOutputs.roundUp(2.2)).isEqualTo(2.5);
        assertThat(JacobianOutputs.roundUp(3)).isEqualTo(5);
        assertThat(JacobianOutputs.roundUp(7)).isEqualTo(10);
        assertThat(JacobianOutputs.roundUp(20)).isEqualTo(20);
        assertThat(JacobianOutputs.roundUp(33.4)).isEqualTo(50);
        assertThat(JacobianOutputs.roundUp(100)).isEqualTo(100);
        assertThat(JacobianOutputs.roundUp(0.03)).isEqualTo(0.05, offset(1e-15));
        // rounding noise just above a round number does not push the axis to the next one
        assertThat(JacobianOutputs.roundUp(100 * (1 + 1e-14))).isEqualTo(100);
    }

    /** The panel as drawn: x over [xMin, xMax], y from 0 to yMax, 440 × 260 pixels, no legend. */
    private static void assertAxes(ChartSpec panel, double xMin, double xMax, double yMax) {
        RenderedChart chart = ChartRenderer.render(panel);
        assertThat(chart.getStyler().getXAxisMin()).isEqualTo(xMin);
        assertThat(chart.getStyler().getXAxisMax()).isEqualTo(xMax);
        assertThat(chart.getStyler().getYAxisMin()).isEqualTo(0);
        assertThat(chart.getStyler().getYAxisMax()).isEqualTo(yMax);
        assertThat(chart.getWidth()).isEqualTo(440);
        assertThat(chart.getHeight()).isEqualTo(260);
        assertThat(chart.getStyler().isLegendVisible()).isFalse();
    }
}
