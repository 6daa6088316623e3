package org.initlab.plot;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Weight histograms with their theoretical density, and heatmaps for sweeps. */
public final class DistributionCharts {
    private DistributionCharts() {
    }

    /**
     * A histogram of the weights scaled as a density (area 1), with the scheme's density drawn over it as a line
     * ({@code density} may be null for point masses).
     */
    public static XYChart weightHistogram(String title, double[] w, DoubleUnaryOperator density, int bins) {
        return weightHistogram(title, w, density, bins, VisualStyle.WIDTH, VisualStyle.HEIGHT);
    }

    /**
     * {@link #weightHistogram(String, double[], DoubleUnaryOperator, int)} as a small panel of the given size in
     * pixels; 700 pixels wide or more gives the full-size chart,
     * {@link VisualStyle#WIDTH} × {@link VisualStyle#HEIGHT}.
     */
    public static XYChart weightHistogram(String title, double[] w, DoubleUnaryOperator density, int bins,
                                          int pixelsWide, int pixelsHigh) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : w) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        if (!(hi > lo)) {
            double c = Double.isFinite(lo) ? lo : 0;
            lo = c - 1;
            hi = c + 1;
        }
        double width = (hi - lo) / bins;
        double[] counts = new double[bins];
        for (double v : w) {
            counts[(int) Math.min(bins - 1, Math.floor((v - lo) / width))]++;
        }
        double[] xs = new double[2 * bins + 2];
        double[] ys = new double[2 * bins + 2];
        xs[0] = lo;
        for (int b = 0; b < bins; b++) {
            double d = counts[b] / (w.length * width);
            xs[2 * b + 1] = b == 0 ? lo : lo + b * width;
            xs[2 * b + 2] = b == bins - 1 ? hi : lo + (b + 1) * width;
            ys[2 * b + 1] = d;
            ys[2 * b + 2] = d;
        }
        xs[2 * bins + 1] = hi;
        XYChart chart = pixelsWide >= 700 ? Charts.lineChart(title, "weight value", "density")
                : Charts.smallChart(title, "weight value", "density", pixelsWide, pixelsHigh);
        chart.getStyler().setXAxisDecimalPattern("0.###");
        XYSeries hist = chart.addSeries("sampled weights (histogram)", xs, ys);
        hist.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Area);
        hist.setMarker(SeriesMarkers.NONE);
        if (density != null) {
            int points = 400;
            double pad = 0.05 * (hi - lo);
            double[] x = new double[points];
            double[] y = new double[points];
            for (int i = 0; i < points; i++) {
                x[i] = lo - pad + (hi - lo + 2 * pad) * i / (points - 1);
                y[i] = density.applyAsDouble(x[i]);
            }
            Charts.addLine(chart, "theoretical density", x, y);
        }
        return chart;
    }

    /**
     * A heatmap: one cell per (column, row) with its value printed in it. {@code values[row][column]}; NaN and
     * infinite cells are left empty (all of them: an empty grid whose title says there is nothing to show).
     */
    public static HeatMapChart heatmap(String title, String xLabel, List<String> columns, String yLabel,
                                       List<String> rows, double[][] values, String valuePattern) {
        int rowHeight = Math.max(22, Math.min(50, 700 / rows.size()));
        HeatMapChart chart = new HeatMapChartBuilder().width(900).height(160 + rowHeight * rows.size()).title(title)
                .xAxisTitle(xLabel).yAxisTitle(yLabel).build();
        chart.getStyler().setShowValue(true);
        chart.getStyler().setHeatMapValueDecimalPattern(valuePattern);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotBackgroundColor(Color.WHITE);
        // light to medium colours, so that the dark value labels stay readable on every cell
        chart.getStyler().setRangeColors(new Color[] {new Color(247, 251, 255),
            new Color(158, 202, 225), new Color(66, 146, 198)});
        chart.getStyler().setValueFontColor(Color.BLACK);
        chart.getStyler().setValueFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        chart.getStyler().setYAxisTickMarkSpacingHint(5);
        chart.getStyler().setXAxisTickMarkSpacingHint(5);
        chart.getStyler().setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        List<Number[]> cells = new ArrayList<>();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                double v = values[r][c];
                if (Double.isFinite(v)) {
                    cells.add(new Number[] {c, r, v});
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        if (min < max) {
            // whole numbers at the ends of the colour scale keep its legend readable
            chart.getStyler().setMin(Math.floor(min));
            chart.getStyler().setMax(Math.ceil(max));
        } else if (Double.isFinite(min)) {
            chart.getStyler().setMin(Math.floor(min) - 1);
            chart.getStyler().setMax(Math.ceil(max) + 1);
        }
        if (cells.isEmpty()) {
            // nothing to colour (every cell NaN or infinite, e.g. the gradients of a zero-initialised network): an
            // empty grid that says so, instead of XChart's refusal of an empty series (it draws no null cell)
            chart.setTitle(title + " — no finite value to show");
            chart.getStyler().setLegendVisible(false);
            cells.add(null);
        }
        chart.addSeries("value", columns, rows, cells);
        return chart;
    }
}
