package org.initlab.plot;

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
        return OutputFolder.write(file, out -> BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG));
    }

    /** Writes {@code folder/name.svg} (vector graphics, for print) and returns its path. */
    public static Path saveSvg(Chart<?, ?> chart, Path folder, String name) {
        OutputFolder.prepare(folder);
        Path file = folder.resolve(name + ".svg");
        return OutputFolder.write(file, out -> org.knowm.xchart.VectorGraphicsEncoder.saveVectorGraphic(chart, out,
                org.knowm.xchart.VectorGraphicsEncoder.VectorGraphicsFormat.SVG));
    }
}
