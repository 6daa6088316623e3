package org.initlab.plot;

import java.awt.Color;
import java.nio.file.Path;
import java.util.List;

/**
 * The grid both CellGrid tests draw: "Dead units" for depths 5 and 20 (rows) by sigmoid, tanh and relu (columns),
 * two panels — means with min/max spreads, one NaN cell, one value above and one below the 0..100 % blue-to-red
 * scale — and a panel of zeros.
 */
final class CellGridExample {
    static final double NAN = Double.NaN;
    static final Color BLUE = new Color(0, 0, 255);
    static final Color RED = new Color(255, 0, 0);
    static final CellGrid.Scale SCALE = new CellGrid.Scale(0, 100, BLUE, RED, "%");
    static final double[][] MEAN = {{50, 150, NAN}, {25, -20, 100}};
    static final double[][] MIN = {{10, 150, NAN}, {10.4, -20, NAN}};
    static final double[][] MAX = {{90, 150, NAN}, {9.6, -20, 100}};
    static final double[][] ZEROS = {{0, 0, 0}, {0, 0, 0}};

    private CellGridExample() {
    }

    /** Saves the example grid as {@code name}.png (and .csv) in {@code folder}; returns the PNG. */
    static Path save(Path folder, String name) {
        return CellGrid.save("Dead units", List.of("depth 5", "depth 20"), List.of("sigmoid", "tanh", "relu"),
                List.of(new CellGrid.Panel("tanh, zeros", MEAN, MIN, MAX),
                        new CellGrid.Panel("relu", ZEROS, ZEROS, ZEROS)), SCALE, "short footnote", folder, name);
    }
}
