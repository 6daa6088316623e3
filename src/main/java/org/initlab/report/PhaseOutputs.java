package org.initlab.report;

import java.awt.BasicStroke;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.initlab.io.OutputFolder;
import org.initlab.plot.ChartGrid;
import org.initlab.plot.Charts;
import org.initlab.theory.PhaseMap;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;

/**
 * Writes a {@link PhaseMap}: {@code phase.csv} (columns sigma_w2, sigma_b2, q_star, chi1, xi_c; one row per σ_w²;
 * q* and ξ_c may be {@code Infinity}; ξ_c is {@code NaN} where q* is infinite) and {@code phase_plot.png} (χ₁ and ξ_c
 * against σ_w², the critical point marked).
 */
public final class PhaseOutputs {
    /** The columns of {@code phase.csv}, in order. */
    public static final List<String> COLUMNS = List.of("sigma_w2", "sigma_b2", "q_star", "chi1", "xi_c");

    private PhaseOutputs() {
    }

    /** Writes phase.csv and phase_plot.png into the folder; returns their paths. */
    public static List<Path> write(PhaseMap map, Path folder) {
        OutputFolder.prepare(folder);
        StringBuilder csv = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        for (PhaseMap.Row r : map.rows()) {
            csv.append(String.format(Locale.ROOT, "%.6g,%.6g,%.10g,%.10g,%.10g%n", r.sigmaW2(), r.sigmaB2(), r.qStar(),
                    r.chi1(), r.xiC()));
        }
        Path csvFile = OutputFolder.writeText(folder, "phase.csv", csv.toString());
        Path png = ChartGrid.savePng(List.of(chiChart(map), depthScaleChart(map)), 2, folder, "phase_plot");
        return List.of(csvFile, png);
    }

    /** χ₁ against σ_w², with χ₁ = 1 and the critical σ_w² drawn. */
    public static XYChart chiChart(PhaseMap map) {
        String name = map.activation().name();
        XYChart chart = Charts.lineChart(String.format(Locale.ROOT, "%s, σ_b² = %s: χ₁ against σ_w²", name,
                trim(map.biasVariance())), "σ_w² (weight variance × fan-in)", "χ₁ = σ_w²·E[φ'(√q*·z)²]");
        double[] x = map.rows().stream().mapToDouble(PhaseMap.Row::sigmaW2).toArray();
        Charts.addLine(chart, "χ₁", x, map.rows().stream().mapToDouble(PhaseMap.Row::chi1).toArray());
        dashed(Charts.addLine(chart, "χ₁ = 1 (edge of chaos)", new double[] {x[0], x[x.length - 1]},
                new double[] {1, 1}));
        double c = map.criticalWeightVariance();
        if (Double.isFinite(c)) {
            double top = map.rows().stream().mapToDouble(PhaseMap.Row::chi1).filter(Double::isFinite).max().orElse(2);
            dashed(Charts.addLine(chart, String.format(Locale.ROOT, "critical σ_w² = %.4f", c), new double[] {c, c},
                    new double[] {0, Math.max(1.2, top)}));
        }
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        return chart;
    }

    /** ξ_c against σ_w² on a log axis (values beyond 10⁴ drawn at 10⁴: ξ_c is infinite at the critical point). */
    public static XYChart depthScaleChart(PhaseMap map) {
        XYChart chart = Charts.lineChart("Depth scale ξ_c (layers a correlation survives)",
                "σ_w² (weight variance × fan-in)", "ξ_c (log scale)");
        chart.getStyler().setYAxisLogarithmic(true);
        List<double[]> points = new ArrayList<>();
        for (PhaseMap.Row r : map.rows()) {
            double xi = Math.min(r.xiC(), 1e4);
            if (Charts.plottable(xi, true)) {
                points.add(new double[] {r.sigmaW2(), xi});
            }
        }
        if (points.isEmpty()) {
            points.add(new double[] {map.rows().get(0).sigmaW2(), 1});
        }
        Charts.addLine(chart, "ξ_c", points.stream().mapToDouble(p -> p[0]).toArray(),
                points.stream().mapToDouble(p -> p[1]).toArray());
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        chart.getStyler().setXAxisTickMarkSpacingHint(120);
        return chart;
    }

    private static void dashed(XYSeries s) {
        s.setLineStyle(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {8f, 6f}, 0f));
    }

    static String trim(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
