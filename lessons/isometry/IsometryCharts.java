package isometry;

import java.util.List;
import java.util.Map;
import org.initlab.plot.ChartRenderer;
import org.initlab.plot.ChartSpec;
import org.initlab.plot.RenderedChart;
import org.initlab.plot.VisualStyle;

/**
 * The lesson's own charts: a quantity against depth, one line per configuration in its initializer's colour and its
 * activation's line style. Depths double (1, 2, 4, … 64), so the x axis is log₂ of the depth, labelled with the depth.
 */
final class IsometryCharts {
    private IsometryCharts() {
    }

    /**
     * {@code values.get(label)[i]} at depth {@code depths.get(i)}; the y axis is logarithmic when the values span more
     * than two decades; {@code note} (or null) is printed on the chart. Lines that coincide are named on the chart.
     */
    static RenderedChart versusDepth(String title, String yLabel, List<Integer> depths, Map<String, double[]> values,
                                     String note) {
        ChartSpec spec = ChartSpec.of(title, "depth (layers, doubling)", yLabel);
        double[] x = depths.stream().mapToDouble(d -> Math.log(d) / Math.log(2)).toArray();
        for (Map.Entry<String, double[]> e : values.entrySet()) {
            spec.line(e.getKey(), x, e.getValue(), VisualStyle.initKeyIn(e.getKey()),
                    VisualStyle.activationIn(e.getKey()));
        }
        if (note != null) {
            spec.note(note);
        }
        RenderedChart chart = ChartRenderer.render(spec);
        chart.setCustomXAxisTickLabelsFormatter(IsometryCharts::depthLabel);
        return chart;
    }

    /** A tick at log₂ depth k labelled with the depth 2^k; ticks between whole powers of two stay blank. */
    static String depthLabel(double log2Depth) {
        long k = Math.round(log2Depth);
        return Math.abs(log2Depth - k) > 1e-6 || k < 0 ? " " : String.valueOf(1L << k);
    }
}
