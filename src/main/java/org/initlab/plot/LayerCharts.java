package org.initlab.plot;

import java.awt.BasicStroke;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Charts of per-layer quantities: histogram grids and quantity-vs-layer curves. */
public final class LayerCharts {
    private LayerCharts() {
    }

    /**
     * One small histogram panel per layer, all on the same x range, as a step-shaped area. Non-finite values
     * are left out (and counted in the panel's title).
     */
    public static List<XYChart> histogramGrid(String what, List<double[]> values, int bins) {
        org.initlab.diagnostics.Histograms h = org.initlab.diagnostics.Histograms.of(values, bins);
        List<XYChart> panels = new ArrayList<>();
        for (int l = 0; l < values.size(); l++) {
            double[] v = values.get(l);
            long[] counts = h.counts()[l];
            long finite = 0;
            for (long c : counts) {
                finite += c;
            }
            long nonFinite = v.length - finite;
            double[] xs = new double[2 * bins + 2];
            double[] ys = new double[2 * bins + 2];
            xs[0] = h.low();
            for (int b = 0; b < bins; b++) {
                xs[2 * b + 1] = h.edge(b);
                xs[2 * b + 2] = h.edge(b + 1);
                ys[2 * b + 1] = 100.0 * counts[b] / v.length;
                ys[2 * b + 2] = 100.0 * counts[b] / v.length;
            }
            xs[2 * bins + 1] = h.high();
            String title = "layer " + (l + 1) + (nonFinite > 0 ? " (" + nonFinite + " overflowed)" : "");
            XYChart panel = new XYChartBuilder().width(300).height(220).title(title).xAxisTitle(what)
                    .yAxisTitle("% of values").build();
            panel.getStyler().setLegendVisible(false);
            panel.getStyler().setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
            panel.getStyler().setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
            panel.getStyler().setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
            panel.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
            panel.getStyler().setPlotBackgroundColor(java.awt.Color.WHITE);
            double extent = Math.max(Math.abs(h.low()), Math.abs(h.high()));
            panel.getStyler().setXAxisDecimalPattern(extent >= 1e4 || extent < 1e-2 ? "0.#E0" : "0.##");
            panel.getStyler().setSeriesColors(Charts.PALETTE);
            XYSeries s = panel.addSeries("layer " + (l + 1), xs, ys);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Area);
            s.setMarker(SeriesMarkers.NONE);
            panels.add(panel);
        }
        return panels;
    }

    /**
     * A quantity against the layer index: measured series with markers, predicted series as dashed lines.
     * With {@code log}, the y axis is logarithmic and non-positive or non-finite points are left out.
     */
    public static XYChart versusLayer(String title, String yLabel, boolean log, Map<String, double[]> measured,
                                      Map<String, double[]> predicted) {
        XYChart chart = Charts.lineChart(title, "hidden layer (1 = nearest the input)", yLabel + (log ? " (log scale)" : ""));
        chart.getStyler().setYAxisLogarithmic(log);
        chart.getStyler().setXAxisDecimalPattern("0");
        List<String> names = new ArrayList<>(measured.keySet());
        for (int i = 0; i < names.size(); i++) {
            add(chart, names.get(i), measured.get(names.get(i)), log, false, Charts.PALETTE[i % Charts.PALETTE.length]);
        }
        int extra = names.size();
        for (Map.Entry<String, double[]> e : predicted.entrySet()) {
            // a prediction takes the colour of the measured series with the longest name it starts with
            int match = -1;
            int longest = -1;
            for (int i = 0; i < names.size(); i++) {
                String prefix = names.get(i).endsWith(", measured")
                        ? names.get(i).substring(0, names.get(i).length() - ", measured".length()) : names.get(i);
                if (e.getKey().startsWith(prefix) && prefix.length() > longest) {
                    match = i;
                    longest = prefix.length();
                }
            }
            int colour = match >= 0 ? match : extra++;
            add(chart, e.getKey(), e.getValue(), log, true, Charts.PALETTE[colour % Charts.PALETTE.length]);
        }
        return chart;
    }

    private static void add(XYChart chart, String name, double[] perLayer, boolean log, boolean dashed,
                            java.awt.Color colour) {
        List<double[]> points = new ArrayList<>();
        for (int l = 0; l < perLayer.length; l++) {
            double v = perLayer[l];
            if (Charts.plottable(v, log)) {
                points.add(new double[] {l + 1, v});
            }
        }
        if (points.isEmpty()) {
            return;
        }
        double[] x = points.stream().mapToDouble(p -> p[0]).toArray();
        double[] y = points.stream().mapToDouble(p -> p[1]).toArray();
        XYSeries s = chart.addSeries(name, x, y);
        s.setLineColor(colour);
        s.setMarkerColor(colour);
        if (dashed) {
            s.setMarker(SeriesMarkers.NONE);
            s.setLineStyle(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 6f}, 0f));
        } else {
            s.setMarker(SeriesMarkers.CIRCLE);
            s.setLineStyle(new BasicStroke(1.5f));
        }
    }

    /** Formats a value for tables: 3 significant digits, "-" for NaN. */
    public static String format(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3g", v);
    }
}
