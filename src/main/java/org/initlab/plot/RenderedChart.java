package org.initlab.plot;

import java.awt.Color;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.AxisPair;
import org.knowm.xchart.internal.chartpart.AxisTickCalculator;

/**
 * An XChart line chart drawn from a {@link ChartSpec}: it keeps the spec (so its data can be saved as CSV beside the
 * PNG) and, once painted, tells which tick labels XChart drew on each axis.
 */
public final class RenderedChart extends XYChart {
    /** The name of the invisible one-point series that keeps XChart's x ticks round (not data). */
    public static final String HELPER = "\u200b";
    private final ChartSpec spec;
    private final boolean log;
    final List<String> notes = new ArrayList<>();
    final Map<String, Color> unkeyedColours = new HashMap<>();

    RenderedChart(ChartSpec spec, boolean log) {
        super(spec.width, spec.height);
        this.spec = spec;
        this.log = log;
    }

    /** The description it was drawn from. */
    public ChartSpec spec() {
        return spec;
    }

    /** Whether the y axis is logarithmic (log₁₀ of the values drawn on a linear axis, labelled at decades). */
    public boolean logScale() {
        return log;
    }

    /** The notes printed on the chart (coinciding lines, clipped values). */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    /**
     * The non-blank tick labels XChart drew on the x ({@code true}) or y axis at the last paint; empty before the
     * chart was painted.
     */
    public List<String> tickLabels(boolean xAxis) {
        try {
            Object axis;
            if (xAxis) {
                axis = axisPair.getXAxis();
            } else {
                Method y = AxisPair.class.getDeclaredMethod("getYAxis");
                y.setAccessible(true);
                axis = y.invoke(axisPair);
            }
            Method calc = axis.getClass().getMethod("getAxisTickCalculator");
            AxisTickCalculator c = (AxisTickCalculator) calc.invoke(axis);
            if (c == null) {
                return List.of();
            }
            return c.getTickLabels().stream().filter(l -> l != null && !l.isBlank()).toList();
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot read the tick labels of '" + spec.title() + "': " + e, e);
        }
    }
}
