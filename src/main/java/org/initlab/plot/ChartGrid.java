package org.initlab.plot;

import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.initlab.io.OutputFolder;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Saves several small charts as one PNG grid (one panel per layer, like Glorot &amp; Bengio 2010's figures), with
 * one CSV beside it whose first column names the panel.
 */
public final class ChartGrid {
    private ChartGrid() {
    }

    /** Saves the panels row by row, {@code columns} per row, as {@code folder/name.png} and {@code name.csv}. */
    public static Path savePng(List<? extends XYChart> panels, int columns, Path folder, String name) {
        System.setProperty("java.awt.headless", "true");
        OutputFolder.prepare(folder);
        int cols = Math.min(columns, panels.size());
        int rows = (panels.size() + cols - 1) / cols;
        List<XYChart> padded = new ArrayList<>(panels);
        while (padded.size() < rows * cols) {
            padded.add(blank(panels.get(0)));
        }
        Path file = folder.resolve(name + ".png");
        OutputFolder.write(file, out -> BitmapEncoder.saveBitmap(List.copyOf(padded), rows, cols, out,
                BitmapEncoder.BitmapFormat.PNG));
        StringBuilder csv = new StringBuilder();
        for (XYChart panel : panels) {
            String[] lines = ChartFiles.csv(panel).split("\n");
            if (csv.length() == 0) {
                csv.append("panel,").append(lines[0]).append('\n');
            }
            for (int i = 1; i < lines.length; i++) {
                csv.append(ChartSpec.quote(panel.getTitle())).append(',').append(lines[i]).append('\n');
            }
        }
        Path csvFile = OutputFolder.writeText(folder, name + ".csv", csv.toString());
        ChartFiles.saved(new ChartFiles.Saved(file, csvFile, List.<Chart<?, ?>>copyOf(panels)));
        return file;
    }

    /** Renders the specs and saves them as one grid. */
    public static Path saveSpecs(List<ChartSpec> panels, int columns, Path folder, String name) {
        return savePng(panels.stream().map(ChartRenderer::render).toList(), columns, folder, name);
    }

    /** An empty white panel of the same size, to fill the grid's last row. */
    private static XYChart blank(XYChart like) {
        XYChart c = new XYChartBuilder().width(like.getWidth()).height(like.getHeight()).build();
        c.getStyler().setChartBackgroundColor(Color.WHITE);
        c.getStyler().setPlotBackgroundColor(Color.WHITE);
        c.getStyler().setPlotBorderVisible(false);
        c.getStyler().setAxisTicksVisible(false);
        c.getStyler().setPlotGridLinesVisible(false);
        c.getStyler().setLegendVisible(false);
        c.getStyler().setSeriesColors(new Color[] {Color.WHITE});
        c.addSeries(" ", new double[] {0, 1}, new double[] {0, 1});
        return c;
    }
}
