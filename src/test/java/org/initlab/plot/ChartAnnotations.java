package org.initlab.plot;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.AnnotationTextPanel;
import org.knowm.xchart.internal.chartpart.AxesChart;

/**
 * The texts a chart carries on its plot, read from XChart's private fields (XChart offers no getters): a marker's
 * label at a point in data coordinates, or the notes box at a place in pixels.
 */
final class ChartAnnotations {
    /** One annotation: its text (a panel's lines joined by newlines), where it is, and whether x, y are pixels. */
    record Text(String text, double x, double y, boolean inPixels) {
    }

    private ChartAnnotations() {
    }

    /** The chart's annotations in the order added. */
    @SuppressWarnings("unchecked")
    static List<Text> of(AxesChart<?, ?> chart) {
        List<Text> out = new ArrayList<>();
        for (Object a : (List<Object>) read(chart, "annotations")) {
            String text = a instanceof AnnotationTextPanel ? String.join("\n", (List<String>) read(a, "lines"))
                    : a instanceof AnnotationText ? (String) read(a, "text") : a.toString();
            out.add(new Text(text, (double) read(a, "x"), (double) read(a, "y"),
                    (boolean) read(a, "isValueInScreenSpace")));
        }
        return out;
    }

    private static Object read(Object o, String name) {
        for (Class<?> c = o.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return f.get(o);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("no field " + name + " in " + o.getClass());
    }
}
