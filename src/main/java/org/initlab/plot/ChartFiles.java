package org.initlab.plot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.initlab.io.OutputFolder;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/** Saves charts as PNG files, headless: nothing is ever shown on screen. */
public final class ChartFiles {
    static {
        System.setProperty("java.awt.headless", "true");
    }

    private ChartFiles() {
    }

    /** Writes {@code folder/name.png} at 100 dpi-equivalent size and returns its path. */
    public static Path savePng(Chart<?, ?> chart, Path folder, String name) {
        OutputFolder.prepare(folder);
        Path file = folder.resolve(name + ".png");
        try {
            BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the chart " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    /** Writes {@code folder/name.svg} (vector graphics, for print) and returns its path. */
    public static Path saveSvg(Chart<?, ?> chart, Path folder, String name) {
        OutputFolder.prepare(folder);
        Path file = folder.resolve(name + ".svg");
        try {
            org.knowm.xchart.VectorGraphicsEncoder.saveVectorGraphic(chart, file.toString(),
                    org.knowm.xchart.VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the chart " + file + ": " + e.getMessage(), e);
        }
        return file;
    }
}
