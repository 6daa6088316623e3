package org.initlab.plot;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.initlab.io.OutputFolder;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapSeries;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Saves charts as PNG files, headless (nothing is ever shown on screen), each with the numbers it shows as a CSV of
 * the same base name beside it ({@code loss.png} and {@code loss.csv}).
 */
public final class ChartFiles {
    static {
        System.setProperty("java.awt.headless", "true");
    }

    /** A saved figure: its PNG, its CSV, and the charts painted into it (one, or a grid's panels). */
    public record Saved(Path png, Path csv, List<Chart<?, ?>> charts) {
    }

    private static final List<Consumer<Saved>> WATCHERS = new CopyOnWriteArrayList<>();

    private ChartFiles() {
    }

    /** Calls {@code watcher} after every saved figure until the returned handle is closed (tests inspect charts so). */
    public static AutoCloseable watch(Consumer<Saved> watcher) {
        WATCHERS.add(watcher);
        return () -> WATCHERS.remove(watcher);
    }

    static void saved(Saved s) {
        WATCHERS.forEach(w -> w.accept(s));
    }

    /** Writes {@code folder/name.png} and {@code folder/name.csv}; returns the PNG's path. */
    public static Path savePng(Chart<?, ?> chart, Path folder, String name) {
        OutputFolder.prepare(folder);
        Path file = folder.resolve(name + ".png");
        OutputFolder.write(file, out -> BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG));
        Path csv = OutputFolder.writeText(folder, name + ".csv", csv(chart));
        saved(new Saved(file, csv, List.of(chart)));
        return file;
    }

    /** Saves a spec drawn by {@link ChartRenderer}. */
    public static Path savePng(ChartSpec spec, Path folder, String name) {
        return savePng(ChartRenderer.render(spec), folder, name);
    }

    /** The numbers a chart shows, as CSV: a spec's long format, or a heatmap's cells (column, row, value). */
    public static String csv(Chart<?, ?> chart) {
        if (chart instanceof RenderedChart r) {
            return r.spec().csv();
        }
        if (chart instanceof HeatMapChart h) {
            StringBuilder b = new StringBuilder(ChartSpec.quote(h.getXAxisTitle()) + ","
                    + ChartSpec.quote(h.getYAxisTitle()) + ",value\n");
            for (HeatMapSeries s : h.getSeriesCollection()) {
                for (Number[] cell : s.getHeatData()) {
                    if (cell == null) {
                        continue; // the placeholder of a heatmap with no finite value
                    }
                    b.append(ChartSpec.quote(String.valueOf(s.getXData().get(cell[0].intValue())))).append(',')
                            .append(ChartSpec.quote(String.valueOf(s.getYData().get(cell[1].intValue())))).append(',')
                            .append(cell[2]).append('\n');
                }
            }
            return b.toString();
        }
        StringBuilder b = new StringBuilder("series,x,y\n");
        if (chart instanceof XYChart xy) {
            xy.getSeriesCollection().forEach(s -> {
                for (int i = 0; i < s.getXData().length; i++) {
                    b.append(ChartSpec.quote(s.getName())).append(',').append(s.getXData()[i]).append(',')
                            .append(s.getYData()[i]).append('\n');
                }
            });
        }
        return b.toString();
    }

    /** Writes {@code folder/name.svg} (vector graphics, for print) and returns its path. */
    public static Path saveSvg(Chart<?, ?> chart, Path folder, String name) {
        OutputFolder.prepare(folder);
        Path file = folder.resolve(name + ".svg");
        return OutputFolder.write(file, out -> VectorGraphicsEncoder.saveVectorGraphic(chart, out,
                VectorGraphicsEncoder.VectorGraphicsFormat.SVG));
    }
}
