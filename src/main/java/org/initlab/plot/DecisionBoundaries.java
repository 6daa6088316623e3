package org.initlab.plot;

import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.initlab.data.Dataset;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Decision boundaries on 2-D data, one panel per trained network: a 60 × 60 grid over the data coloured by the class
 * the network predicts there (light), the test points on top coloured by their true class (dark). A network that
 * learned nothing paints one colour; a clean boundary follows the data; a ragged one shows an overfitted or
 * saturated network.
 */
public final class DecisionBoundaries {
    private static final Color[] REGION = {new Color(228, 210, 238), new Color(207, 236, 210)};
    private static final Color[] POINT = {new Color(120, 50, 150), new Color(25, 120, 45)};
    private static final int GRID = 60;
    private static final int PANEL_WIDTH = 360;
    /** XChart centres a title over the plot (right of the y axis): it has about the plot's width, not the panel's. */
    private static final int TITLE_WIDTH = PANEL_WIDTH - 70;

    /** A network's predictions: rows of inputs in, one predicted class per row out. */
    public interface Classifier extends Function<double[][], int[]> {
    }

    private DecisionBoundaries() {
    }

    /** One panel per named classifier on the dataset's first two features; saved as a grid (3 columns) with its CSV. */
    public static Path save(Map<String, Classifier> networks, Dataset test, Path folder, String name) {
        double[] lo = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        double[] hi = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int i = 0; i < test.size(); i++) {
            for (int j = 0; j < 2; j++) {
                lo[j] = Math.min(lo[j], test.feature(i, j));
                hi[j] = Math.max(hi[j], test.feature(i, j));
            }
        }
        for (int j = 0; j < 2; j++) {
            double pad = 0.1 * (hi[j] - lo[j]);
            lo[j] -= pad;
            hi[j] += pad;
        }
        double[][] grid = new double[GRID * GRID][];
        for (int a = 0; a < GRID; a++) {
            for (int b = 0; b < GRID; b++) {
                grid[a * GRID + b] = new double[] {lo[0] + (hi[0] - lo[0]) * (a + 0.5) / GRID,
                    lo[1] + (hi[1] - lo[1]) * (b + 0.5) / GRID};
            }
        }
        List<XYChart> panels = new ArrayList<>();
        networks.forEach((label, net) -> {
            int[] predicted = net.apply(grid);
            XYChart c = Charts.smallChart(label, "x₁", "x₂", PANEL_WIDTH, 340);
            c.getStyler().setXAxisMin(lo[0]).setXAxisMax(hi[0]).setYAxisMin(lo[1]).setYAxisMax(hi[1]);
            c.getStyler().setPlotGridLinesVisible(false);
            c.setCustomYAxisTickLabelsFormatter(VisualStyle::number);
            int[] counts = new int[2];
            for (int k = 0; k < 2; k++) {
                List<Double> xs = new ArrayList<>();
                List<Double> ys = new ArrayList<>();
                for (int i = 0; i < grid.length; i++) {
                    if (Math.min(1, Math.max(0, predicted[i])) == k) {
                        xs.add(grid[i][0]);
                        ys.add(grid[i][1]);
                    }
                }
                counts[k] = xs.size();
                if (!xs.isEmpty()) {
                    scatter(c, "predicted class " + k, xs, ys, REGION[k], 7);
                }
            }
            for (int k = 0; k < 2; k++) {
                List<Double> xs = new ArrayList<>();
                List<Double> ys = new ArrayList<>();
                for (int i = 0; i < test.size(); i++) {
                    if (test.label(i) == k) {
                        xs.add(test.feature(i, 0));
                        ys.add(test.feature(i, 1));
                    }
                }
                if (!xs.isEmpty()) {
                    scatter(c, "test points, class " + k, xs, ys, POINT[k], 4);
                }
            }
            if (counts[0] == 0 || counts[1] == 0) {
                c.setTitle(label + " · one class");
            }
            c.getStyler().setChartTitleFont(VisualStyle.fontToFit(c.getTitle(), 13, true, TITLE_WIDTH));
            panels.add(c);
        });
        return ChartGrid.savePng(panels, Math.min(3, panels.size()), folder, name);
    }

    private static void scatter(XYChart c, String name, List<Double> xs, List<Double> ys, Color colour, int size) {
        XYSeries s = c.addSeries(name, xs, ys);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        s.setMarker(size > 5 ? SeriesMarkers.SQUARE : SeriesMarkers.CIRCLE);
        s.setMarkerColor(colour);
        s.setLineColor(colour);
        c.getStyler().setMarkerSize(size);
    }
}
