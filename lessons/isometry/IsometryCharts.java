package isometry;

import java.util.List;
import java.util.Map;
import org.initlab.plot.Charts;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The lesson's own charts: a quantity against depth, one line per configuration. */
final class IsometryCharts {
    private IsometryCharts() {
    }

    /**
     * {@code values.get(label)[i]} at depth {@code depths.get(i)}, with markers; with {@code log} the y axis is
     * logarithmic and values that cannot be drawn are left out.
     */
    static XYChart versusDepth(String title, String yLabel, boolean log, List<Integer> depths, Map<String, double[]> values) {
        XYChart chart = Charts.lineChart(title, "depth (layers)", yLabel + (log ? " (log scale)" : ""));
        chart.getStyler().setYAxisLogarithmic(log);
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setXAxisLogarithmicDecadeOnly(false);
        chart.getStyler().setXAxisDecimalPattern("0");
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Map.Entry<String, double[]> e : values.entrySet()) {
            java.util.List<double[]> points = new java.util.ArrayList<>();
            for (int i = 0; i < depths.size(); i++) {
                double v = e.getValue()[i];
                if (Charts.plottable(v, log)) {
                    points.add(new double[] {depths.get(i), v});
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
            if (!points.isEmpty()) {
                Charts.addLine(chart, e.getKey(), points.stream().mapToDouble(p -> p[0]).toArray(),
                        points.stream().mapToDouble(p -> p[1]).toArray()).setMarker(SeriesMarkers.CIRCLE);
            }
        }
        if (log) {
            Charts.labelNarrowLogAxis(chart, min, max);
        }
        return chart;
    }
}
