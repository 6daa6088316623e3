package org.initlab.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.initlab.train.History;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Chart builders for single runs and hand-made charts, in the course's {@link VisualStyle}; building is separate
 * from saving. Comparisons of several runs are built as {@link ChartSpec}s (see {@link TrainingCurves}).
 */
public final class Charts {
    /** Colours for series that are not initializers (Okabe–Ito, distinct for the common colour blindnesses). */
    static final Color[] PALETTE = {
        new Color(0, 114, 178), new Color(213, 94, 0), new Color(0, 158, 115), new Color(204, 121, 167),
        new Color(230, 159, 0), new Color(86, 180, 233), new Color(0, 0, 0), new Color(240, 228, 66)
    };

    private Charts() {
    }

    /** A line chart with the project's style: white background, legend outside on the right, readable fonts. */
    public static XYChart lineChart(String title, String xLabel, String yLabel) {
        XYChart chart = new XYChartBuilder().width(VisualStyle.WIDTH).height(VisualStyle.HEIGHT).title(title)
                .xAxisTitle(xLabel).yAxisTitle(yLabel).build();
        XYStyler s = chart.getStyler();
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotGridLinesColor(new Color(228, 228, 228));
        s.setChartTitleFont(VisualStyle.font(20, true));
        s.setLegendFont(VisualStyle.font(14, false));
        s.setAxisTitleFont(VisualStyle.font(16, false));
        s.setAxisTickLabelsFont(VisualStyle.font(15, false));
        s.setLegendPosition(Styler.LegendPosition.OutsideE);
        s.setSeriesColors(PALETTE);
        s.setMarkerSize(6);
        s.setXAxisTickMarkSpacingHint(90);
        s.setYAxisTickMarkSpacingHint(60);
        s.setXAxisMaxLabelCount(VisualStyle.MAX_TICK_LABELS);
        s.setYAxisLogarithmicDecadeOnly(true);
        chart.setCustomXAxisTickLabelsFormatter(VisualStyle::number);
        return chart;
    }

    /**
     * Whether a value can go on a hand-made XChart axis: finite, at most 1e100 in magnitude (XChart's own tick
     * search stalls on ranges near 1e300), and positive on a log axis. {@link ChartSpec} charts draw up to 1e308.
     */
    public static boolean plottable(double v, boolean log) {
        return Double.isFinite(v) && Math.abs(v) <= 1e100 && (!log || v > 0);
    }

    /**
     * Labels a logarithmic y axis between the decades too when the values span less than two decades (with only
     * decade labels such an axis would show one label or none); wider ranges keep decade labels only.
     */
    public static void labelNarrowLogAxis(XYChart chart, double min, double max) {
        if (min > 0 && max > 0 && max / min < 100) {
            chart.getStyler().setYAxisLogarithmicDecadeOnly(false);
        }
    }

    /** A small panel for grids: smaller fonts and no legend (the grid's caption explains the series). */
    public static XYChart smallChart(String title, String xLabel, String yLabel, int width, int height) {
        XYChart small = new XYChartBuilder().width(width).height(height).title(title).xAxisTitle(xLabel)
                .yAxisTitle(yLabel).build();
        XYStyler s = small.getStyler();
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotGridLinesColor(new Color(228, 228, 228));
        s.setChartTitleFont(VisualStyle.font(15, true));
        s.setLegendFont(VisualStyle.font(12, false));
        s.setAxisTitleFont(VisualStyle.font(13, false));
        s.setAxisTickLabelsFont(VisualStyle.font(12, false));
        s.setLegendVisible(false);
        s.setSeriesColors(PALETTE);
        s.setXAxisTickMarkSpacingHint(70);
        s.setYAxisTickMarkSpacingHint(45);
        small.setCustomXAxisTickLabelsFormatter(VisualStyle::number);
        return small;
    }

    /** Adds a line (no markers) and returns it. */
    public static XYSeries addLine(XYChart chart, String name, double[] x, double[] y) {
        XYSeries series = chart.addSeries(name, x, y);
        series.setMarker(SeriesMarkers.NONE);
        series.setLineStyle(new BasicStroke(2.4f));
        return series;
    }

    /** Training loss per step of several runs (see {@link TrainingCurves#loss}); binary classification. */
    public static XYChart lossPerStep(String title, Map<String, History> runs) {
        return ChartRenderer.render(TrainingCurves.loss(title, unkeyed(runs)));
    }

    /** Test accuracy per epoch (epoch 0: before training) of several runs, in percent. */
    public static XYChart testAccuracy(String title, Map<String, History> runs) {
        return ChartRenderer.render(TrainingCurves.accuracy(title, unkeyed(runs)));
    }

    private static List<TrainingCurves.Run> unkeyed(Map<String, History> runs) {
        List<TrainingCurves.Run> out = new ArrayList<>();
        runs.forEach((label, h) -> out.add(new TrainingCurves.Run(label, h, VisualStyle.initKeyIn(label),
                VisualStyle.activationIn(label), 2)));
        return out;
    }
}
