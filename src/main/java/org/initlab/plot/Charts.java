package org.initlab.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Map;
import org.initlab.train.EpochRecord;
import org.initlab.train.History;
import org.initlab.train.StepRecord;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Chart builders with titles, axis labels and legends; building is separate from saving. */
public final class Charts {
    /** Colours that stay distinct in print and for the common kinds of colour blindness (Okabe–Ito). */
    static final Color[] PALETTE = {
        new Color(0, 114, 178), new Color(213, 94, 0), new Color(0, 158, 115), new Color(204, 121, 167),
        new Color(230, 159, 0), new Color(86, 180, 233), new Color(0, 0, 0), new Color(240, 228, 66)
    };

    private Charts() {
    }

    /**
     * The largest magnitude drawn: beyond it a value counts as overflowed. Exploding networks produce values up to
     * 1e308, and axis ticks over such ranges are neither readable nor cheap to compute.
     */
    public static final double LARGEST_PLOTTED = 1e100;

    /** Whether a value can be drawn: finite, at most {@link #LARGEST_PLOTTED} in magnitude, and positive on a log axis. */
    public static boolean plottable(double v, boolean log) {
        return Double.isFinite(v) && Math.abs(v) <= LARGEST_PLOTTED && (!log || v > 0);
    }

    /** A line chart with the project's style: white background, legend inside, readable fonts. */
    public static XYChart lineChart(String title, String xLabel, String yLabel) {
        XYChart chart = new XYChartBuilder().width(900).height(560).title(title).xAxisTitle(xLabel).yAxisTitle(yLabel)
                .build();
        XYStyler s = chart.getStyler();
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotGridLinesColor(new Color(225, 225, 225));
        s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        s.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        s.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
        s.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        s.setLegendPosition(Styler.LegendPosition.OutsideE);
        s.setSeriesColors(PALETTE);
        s.setMarkerSize(5);
        s.setXAxisTickMarkSpacingHint(90);
        s.setXAxisDecimalPattern("#,##0.##");
        s.setYAxisLogarithmicDecadeOnly(true);
        return chart;
    }

    /** A small panel for grids: smaller fonts and no legend (the grid's caption explains the series). */
    public static XYChart smallChart(String title, String xLabel, String yLabel, int width, int height) {
        XYChart small = new XYChartBuilder().width(width).height(height).title(title).xAxisTitle(xLabel)
                .yAxisTitle(yLabel).build();
        XYStyler s = small.getStyler();
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotGridLinesColor(new Color(225, 225, 225));
        s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        s.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        s.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        s.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        s.setLegendVisible(false);
        s.setSeriesColors(PALETTE);
        s.setXAxisTickMarkSpacingHint(70);
        return small;
    }

    /**
     * Labels a logarithmic y axis between the decades too when the values span less than two decades (with only
     * decade labels such an axis would show one label or none); wider ranges keep decade labels only, to stay legible.
     */
    public static void labelNarrowLogAxis(XYChart chart, double min, double max) {
        if (min > 0 && max > 0 && max / min < 100) {
            chart.getStyler().setYAxisLogarithmicDecadeOnly(false);
        }
    }

    /** Adds a line (no markers) and returns it. */
    public static XYSeries addLine(XYChart chart, String name, double[] x, double[] y) {
        XYSeries series = chart.addSeries(name, x, y);
        series.setMarker(SeriesMarkers.NONE);
        series.setLineStyle(new BasicStroke(2f));
        return series;
    }

    /**
     * Training loss per step of several runs on one chart, on a log scale (losses span decades). Non-finite
     * and non-positive losses cannot be drawn on a log axis and are left out; a diverged run's line ends there.
     */
    public static XYChart lossPerStep(String title, Map<String, History> runs) {
        XYChart chart = lineChart(title, "training step", "mini-batch loss (log scale)");
        chart.getStyler().setYAxisLogarithmic(true);
        for (Map.Entry<String, History> run : runs.entrySet()) {
            List<StepRecord> steps = run.getValue().steps().stream()
                    .filter(s -> plottable(s.loss(), true)).toList();
            if (steps.isEmpty()) {
                continue;
            }
            double[] x = steps.stream().mapToDouble(StepRecord::step).toArray();
            double[] y = steps.stream().mapToDouble(StepRecord::loss).toArray();
            addLine(chart, run.getKey(), x, y);
        }
        return chart;
    }

    /** Test accuracy per epoch (epoch 0: before training) of several runs, in percent. */
    public static XYChart testAccuracy(String title, Map<String, History> runs) {
        XYChart chart = lineChart(title, "epoch", "test accuracy (%)");
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(100.0);
        for (Map.Entry<String, History> run : runs.entrySet()) {
            List<EpochRecord> epochs = run.getValue().epochs();
            double[] x = epochs.stream().mapToDouble(EpochRecord::epoch).toArray();
            double[] y = epochs.stream().mapToDouble(e -> 100 * e.testAccuracy()).toArray();
            addLine(chart, run.getKey(), x, y).setMarker(SeriesMarkers.CIRCLE);
        }
        return chart;
    }
}
