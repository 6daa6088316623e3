package org.initlab.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.awt.BasicStroke;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.initlab.activation.Relu;
import org.initlab.theory.PhaseMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;

/**
 * The phase map of ReLU with σ_b² = 0, whose numbers are known in closed form: E[φ'²] = 1/2, so χ₁ = σ_w²/2 and
 * the critical point is σ_w² = 2; below it q* = 0 and ξ_c = 1/|ln χ₁|, at it q* = 1 (every length is kept) and
 * ξ_c = ∞, above it q* = ∞ and ξ_c undefined (NaN).
 */
class PhaseOutputsTest {
    @TempDir
    Path tmp;

    private static final PhaseMap RELU = PhaseMap.compute(new Relu(), 0, 1, 3, 3);

    @Test
    void theCsvHasOneRowPerWeightVarianceWithInfinityAndNaNWrittenOut() throws Exception {
        List<Path> files = PhaseOutputs.write(RELU, tmp);
        assertThat(files).containsExactly(tmp.resolve("phase.csv"), tmp.resolve("phase_plot.png"));
        assertThat(tmp.resolve("phase_plot.png")).isNotEmptyFile();
        // ξ_c at σ_w² = 1: 1/ln 2 = 1.4426950409
        assertThat(Files.readAllLines(tmp.resolve("phase.csv"))).containsExactly(
                "sigma_w2,sigma_b2,q_star,chi1,xi_c",
                "1.00000,0.00000,0.000000000,0.5000000000,1.442695041",
                "2.00000,0.00000,1.000000000,1.000000000,Infinity",
                "3.00000,0.00000,Infinity,1.500000000,NaN");
        assertThat(String.join(",", PhaseOutputs.COLUMNS)).isEqualTo("sigma_w2,sigma_b2,q_star,chi1,xi_c");
    }

    @Test
    void theChiChartDrawsChiTheLineChiEqualsOneAndTheCriticalPointDashed() {
        XYChart chart = PhaseOutputs.chiChart(RELU);
        assertThat(chart.getTitle()).isEqualTo("relu, σ_b² = 0: χ₁ against σ_w²");
        assertThat(series(chart).keySet())
                .containsExactly("χ₁", "χ₁ = 1 (edge of chaos)", "critical σ_w² = 2.0000");
        assertPoints(series(chart).get("χ₁"), new double[] {1, 2, 3}, new double[] {0.5, 1, 1.5});
        assertPoints(series(chart).get("χ₁ = 1 (edge of chaos)"), new double[] {1, 3}, new double[] {1, 1});
        XYSeries critical = series(chart).get("critical σ_w² = 2.0000");
        assertThat(critical.getXData()[0]).isCloseTo(2, offset(1e-6));
        assertThat(critical.getXData()[1]).isEqualTo(critical.getXData()[0]);
        // from 0 up to the largest χ₁ drawn (1.5)
        assertThat(critical.getYData()).containsExactly(0, 1.5);
        assertThat(dashes(series(chart).get("χ₁"))).isNull();
        assertThat(dashes(series(chart).get("χ₁ = 1 (edge of chaos)"))).containsExactly(8f, 6f);
        assertThat(dashes(critical)).containsExactly(8f, 6f);
        assertThat(chart.getStyler().getLegendPosition()).isEqualTo(Styler.LegendPosition.InsideNW);
    }

    @Test
    void theCriticalLineReachesAtLeastOnePointTwoAndIsLeftOutWhenChiNeverCrossesOne() {
        // χ₁ = 0.5 and 1.1: crossing at 2, the line drawn up to 1.2 rather than only 1.1
        XYChart low = PhaseOutputs.chiChart(PhaseMap.compute(new Relu(), 0, 1, 2.2, 2));
        assertThat(series(low).get("critical σ_w² = 2.0000").getYData()).containsExactly(0, 1.2);
        XYChart ordered = PhaseOutputs.chiChart(PhaseMap.compute(new Relu(), 0.05, 0.5, 1, 2));
        assertThat(ordered.getTitle()).isEqualTo("relu, σ_b² = 0.05: χ₁ against σ_w²");
        assertThat(series(ordered).keySet()).containsExactly("χ₁", "χ₁ = 1 (edge of chaos)");
    }

    @Test
    void theDepthScaleChartCapsInfinityAtTenThousandAndDropsNaN() {
        XYChart chart = PhaseOutputs.depthScaleChart(RELU);
        assertThat(chart.getTitle()).isEqualTo("Depth scale ξ_c (layers a correlation survives)");
        assertThat(series(chart).keySet()).containsExactly("ξ_c");
        assertPoints(series(chart).get("ξ_c"), new double[] {1, 2}, new double[] {1 / Math.log(2), 1e4});
        assertThat(chart.getStyler().isYAxisLogarithmic()).isTrue();
        assertThat(chart.getStyler().getLegendPosition()).isEqualTo(Styler.LegendPosition.InsideNE);
        assertThat(chart.getStyler().getXAxisTickMarkSpacingHint()).isEqualTo(120);
    }

    @Test
    void withNoFiniteDepthScaleTheChartStillHasAPoint() {
        // σ_w² of 3 and 4: q* = ∞ at both, ξ_c NaN at both
        XYChart chart = PhaseOutputs.depthScaleChart(PhaseMap.compute(new Relu(), 0, 3, 4, 2));
        assertPoints(series(chart).get("ξ_c"), new double[] {3}, new double[] {1});
    }

    @Test
    void biasVariancesAreWrittenWithoutTrailingZeros() {
        assertThat(PhaseOutputs.trim(0.0)).isEqualTo("0");
        assertThat(PhaseOutputs.trim(0.05)).isEqualTo("0.05");
        assertThat(PhaseOutputs.trim(1.50)).isEqualTo("1.5");
        assertThat(PhaseOutputs.trim(100.0)).isEqualTo("100");
    }

    /** The chart's series by name, in the order drawn. */
    private static Map<String, XYSeries> series(XYChart chart) {
        Map<String, XYSeries> byName = new LinkedHashMap<>();
        chart.getSeriesCollection().forEach(s -> byName.put(s.getName(), s));
        return byName;
    }

    private static void assertPoints(XYSeries s, double[] x, double[] y) {
        assertThat(s.getXData()).containsExactly(x);
        assertThat(s.getYData()).containsExactly(y, offset(1e-12));
    }

    private static float[] dashes(XYSeries s) {
        return ((BasicStroke) s.getLineStyle()).getDashArray();
    }
}
