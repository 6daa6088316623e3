package org.initlab.lab;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.initlab.plot.VisualStyle;

/**
 * One colour per initializer, the same on the page as on every lesson's PNG: the colours come from
 * {@link VisualStyle#colourOf}, written as CSS {@code #rrggbb}.
 */
final class LabPalette {
    private LabPalette() {
    }

    /** Initializer name → CSS colour ({@code #rrggbb}), for every name in {@code names}. */
    static Map<String, String> colours(List<String> names) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : names) {
            Color c = VisualStyle.colourOf(name);
            out.put(name, String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue()));
        }
        return out;
    }
}
