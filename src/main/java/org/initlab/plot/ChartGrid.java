package org.initlab.plot;

import java.nio.file.Path;
import java.util.List;
import org.initlab.io.OutputFolder;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;

/** Saves several small charts as one PNG grid (one panel per layer, like Glorot &amp; Bengio 2010's figures). */
public final class ChartGrid {
    private ChartGrid() {
    }

    /** Returns the save png for the given arguments (see the class comment). */
    public static Path savePng(List<XYChart> panels, int columns, Path folder, String name) {
        System.setProperty("java.awt.headless", "true");
        OutputFolder.prepare(folder);
        int cols = Math.min(columns, panels.size());
        int rows = (panels.size() + cols - 1) / cols;
        List<XYChart> padded = new java.util.ArrayList<>(panels);
        while (padded.size() < rows * cols) {
            padded.add(blank(panels.get(0)));
        }
        Path file = folder.resolve(name + ".png");
        return OutputFolder.write(file, out -> BitmapEncoder.saveBitmap(List.copyOf(padded), rows, cols, out,
                BitmapEncoder.BitmapFormat.PNG));
    }

    /** An empty white panel of the same size, to fill the grid's last row. */
    private static XYChart blank(XYChart like) {
        XYChart c = new org.knowm.xchart.XYChartBuilder().width(like.getWidth()).height(like.getHeight()).build();
        c.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
        c.getStyler().setPlotBackgroundColor(java.awt.Color.WHITE);
        c.getStyler().setPlotBorderVisible(false);
        c.getStyler().setAxisTicksVisible(false);
        c.getStyler().setPlotGridLinesVisible(false);
        c.getStyler().setLegendVisible(false);
        c.getStyler().setSeriesColors(new java.awt.Color[] {java.awt.Color.WHITE});
        c.addSeries(" ", new double[] {0, 1}, new double[] {0, 1});
        return c;
    }
}
