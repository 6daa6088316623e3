package edgeofchaos;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.initlab.plot.ChartRenderer;
import org.initlab.plot.ChartSpec;
import org.initlab.plot.Charts;
import org.initlab.plot.RenderedChart;
import org.initlab.plot.VisualStyle;
import org.initlab.theory.MeanField;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The lesson's own charts: the correlation map, the phase diagram, and the trainability map with 6·ξ_c over it. */
final class EdgeCharts {
    private EdgeCharts() {
    }

    /**
     * C(c) against c for each setting, with the diagonal C = c whose crossings are the fixed points, on 0–1 axes
     * with round ticks.
     */
    static RenderedChart correlationMap(String title, Map<String, MeanField> settings) {
        ChartSpec spec = ChartSpec.of(title, "correlation c of two inputs at layer l",
                "correlation C(c) at layer l + 1")
                .scale(ChartSpec.Scale.LINEAR).xRange(0.0, 1.0).yRange(0.0, 1.0);
        int n = 101;
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            c[i] = i / (n - 1.0);
        }
        for (Map.Entry<String, MeanField> e : settings.entrySet()) {
            double[] next = new double[n];
            for (int i = 0; i < n; i++) {
                next[i] = e.getValue().correlationMap(c[i]);
            }
            spec.line(e.getKey(), c, next, null, null);
        }
        return ChartRenderer.render(spec.add("C = c (fixed points lie on it)", new double[] {0, 1},
                new double[] {0, 1}, null, null, ChartSpec.Role.THEORY, false));
    }

    /**
     * The (σ_w², σ_b²) plane: the critical line χ₁ = 1 (ordered to its left, chaotic to its right) and named
     * initializations as points.
     */
    static XYChart phaseDiagram(String activation, double[] biasVariances, double[] critical,
            Map<String, double[]> points) {
        XYChart chart = Charts.lineChart("Phase diagram of " + activation + ": ordered left of the line, chaotic right",
                "σ_w² (weight variance × fan-in)", "σ_b² (bias variance)");
        XYSeries edge = Charts.addLine(chart, "edge of chaos (χ₁ = 1)", critical, biasVariances);
        edge.setMarker(SeriesMarkers.CIRCLE);
        edge.setLineColor(Color.BLACK);
        edge.setMarkerColor(Color.BLACK);
        // σ_w² runs 0 … 2.8: a label every 0.4 (7 labels) rather than XChart's default 14
        chart.getStyler().setXAxisTickMarkSpacingHint(120);
        for (Map.Entry<String, double[]> p : points.entrySet()) {
            XYSeries s = chart.addSeries(p.getKey(), new double[] {p.getValue()[0]}, new double[] {p.getValue()[1]});
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            s.setMarker(SeriesMarkers.DIAMOND);
            s.setMarkerColor(colourOfPoint(p.getKey()));
        }
        chart.getStyler().setMarkerSize(12);
        chart.getStyler().setXAxisMin(0.0);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisDecimalPattern("0.00");
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        return chart;
    }

    /**
     * One square per trained network at (σ_w², depth), grouped by the test accuracy it reached, and the theory's
     * 6·ξ_c(σ_w²) drawn over them (Schoenholz et al. 2017, Fig. 5).
     */
    static XYChart trainability(String title, List<double[]> cells, double[] sigmaW2, double[] sixXi, int maxDepth) {
        XYChart chart = Charts.lineChart(title, "σ_w² (weight variance × fan-in)", "depth (hidden layers)");
        String[] names = {"trained (test accuracy ≥ 90%)", "partly (60–90%)", "not trained (< 60%)"};
        double[][] bounds = {{0.9, 1.01}, {0.6, 0.9}, {-1, 0.6}};
        Color[] colours = {new Color(0, 158, 115), new Color(230, 159, 0), new Color(150, 150, 150)};
        for (int k = 0; k < names.length; k++) {
            double lo = bounds[k][0];
            double hi = bounds[k][1];
            List<double[]> group = cells.stream().filter(c -> c[2] >= lo && c[2] < hi).toList();
            if (group.isEmpty()) {
                continue;
            }
            XYSeries s = chart.addSeries(names[k], group.stream().mapToDouble(c -> c[0]).toArray(),
                    group.stream().mapToDouble(c -> c[1]).toArray());
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            s.setMarker(SeriesMarkers.SQUARE);
            s.setMarkerColor(colours[k]);
        }
        List<double[]> line = new ArrayList<>();
        for (int i = 0; i < sixXi.length; i++) {
            if (!Double.isNaN(sixXi[i])) {
                line.add(new double[] {sigmaW2[i], Math.min(sixXi[i], 1.5 * maxDepth)});
            }
        }
        if (!line.isEmpty()) {
            Charts.addLine(chart, "6·ξ_c (theory: trainable below it)", line.stream().mapToDouble(p -> p[0]).toArray(),
                    line.stream().mapToDouble(p -> p[1]).toArray());
        }
        chart.getStyler().setMarkerSize(16);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(1.5 * maxDepth);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        return chart;
    }

    /** A named point in its initializer's course colour (Xavier blue, He orange); others in the reference grey. */
    static Color colourOfPoint(String label) {
        String key = label.startsWith("Xavier") ? "xavier-normal" : label.startsWith("He") ? "he-normal"
                : label.startsWith("LeCun") ? "lecun-normal" : null;
        return VisualStyle.colourOf(key);
    }

    static String format(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }
}
