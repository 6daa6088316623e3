package org.initlab.plot;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.initlab.diagnostics.Histograms;
import org.knowm.xchart.XYChart;

/** Charts of per-layer quantities: histogram grids and quantity-vs-layer curves, as {@link ChartSpec}s. */
public final class LayerCharts {
    private LayerCharts() {
    }

    /**
     * One histogram panel per layer, all on the same x range, as a step-shaped area (y: % of the layer's values).
     * Non-finite values are left out and counted in the panel's title.
     */
    public static List<XYChart> histogramGrid(String what, List<double[]> values, int bins) {
        List<XYChart> panels = new ArrayList<>();
        for (ChartSpec s : histogramSpecs(what, values, bins, null, null)) {
            panels.add(ChartRenderer.render(s));
        }
        return panels;
    }

    /**
     * The panels of {@link #histogramGrid} as specs, titled "layer l" (or {@code prefix + "layer l"}), coloured by
     * {@code initKey} (null: neutral).
     */
    public static List<ChartSpec> histogramSpecs(String what, List<double[]> values, int bins, String prefix,
                                                 String initKey) {
        Histograms h = Histograms.of(values, bins);
        List<ChartSpec> panels = new ArrayList<>();
        for (int l = 0; l < values.size(); l++) {
            double[] v = values.get(l);
            long[] counts = h.counts()[l];
            long finite = 0;
            for (long c : counts) {
                finite += c;
            }
            long nonFinite = v.length - finite;
            double[] xs = new double[2 * bins + 2];
            double[] ys = new double[2 * bins + 2];
            xs[0] = h.low();
            for (int b = 0; b < bins; b++) {
                xs[2 * b + 1] = h.edge(b);
                xs[2 * b + 2] = h.edge(b + 1);
                ys[2 * b + 1] = 100.0 * counts[b] / v.length;
                ys[2 * b + 2] = 100.0 * counts[b] / v.length;
            }
            xs[2 * bins + 1] = h.high();
            String title = (prefix == null ? "" : prefix) + "layer " + (l + 1)
                    + (nonFinite > 0 ? " (" + nonFinite + " overflowed)" : "");
            panels.add(ChartSpec.of(title, what, "% of values").scale(ChartSpec.Scale.LINEAR).size(300, 230)
                    .withoutLegend().add("layer " + (l + 1), xs, ys, initKey, null, ChartSpec.Role.AREA, false)
                    .xRange(h.low(), h.high()));
        }
        return panels;
    }

    /**
     * Activation histograms of several inits side by side, CS231n style: one row per init (its colour), one column
     * per shown layer ({@code columns} layers from the first to the last, evenly spaced), the same x range along
     * a row so a row shows how the distribution changes with depth. Saved as one grid with its CSV.
     */
    public static Path histogramRows(String what, Map<String, List<double[]>> rows, int columns, int bins, Path folder,
                                     String name) {
        List<ChartSpec> panels = new ArrayList<>();
        int shown = 0;
        for (Map.Entry<String, List<double[]>> row : rows.entrySet()) {
            List<double[]> layers = row.getValue();
            int n = Math.min(columns, layers.size());
            List<double[]> picked = new ArrayList<>();
            List<Integer> index = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                int l = n == 1 ? 0 : (int) Math.round((double) k * (layers.size() - 1) / (n - 1));
                picked.add(layers.get(l));
                index.add(l);
            }
            List<ChartSpec> rowPanels = histogramSpecs(what, picked, bins, row.getKey() + ": ",
                    VisualStyle.initKeyIn(row.getKey()));
            for (int k = 0; k < rowPanels.size(); k++) {
                ChartSpec p = rowPanels.get(k);
                String title = p.title().replace("layer " + (k + 1), "layer " + (index.get(k) + 1));
                panels.add(retitle(p, title));
            }
            shown = Math.max(shown, n);
        }
        return ChartGrid.saveSpecs(panels, shown, folder, name);
    }

    private static ChartSpec retitle(ChartSpec p, String title) {
        ChartSpec copy = ChartSpec.of(title, p.xLabel(), p.yLabel()).scale(ChartSpec.Scale.LINEAR)
                .size(p.width, p.height).withoutLegend().xRange(p.xMin, p.xMax);
        for (ChartSpec.Series s : p.series()) {
            copy.add(s.name(), s.x(), s.y(), s.initKey(), s.activation(), s.role(), s.failed());
        }
        p.notes().forEach(copy::note);
        return copy;
    }

    /**
     * A quantity against the layer index: measured series as dots joined by a line, predicted series as dashed lines
     * in the colour of the measured series whose name they start with. With {@code log} the y axis is logarithmic
     * when the values span more than two decades; non-positive and non-finite points are left out and named in a note.
     */
    public static XYChart versusLayer(String title, String yLabel, boolean log, Map<String, double[]> measured,
                                      Map<String, double[]> predicted) {
        return ChartRenderer.render(versusLayerSpec(title, yLabel, log, measured, predicted));
    }

    /** The spec of {@link #versusLayer}. */
    public static ChartSpec versusLayerSpec(String title, String yLabel, boolean log, Map<String, double[]> measured,
                                            Map<String, double[]> predicted) {
        return versusLayerSpec(title, yLabel, log, measured, predicted, Map.of());
    }

    /**
     * The spec of {@link #versusLayer}, with the colour key of each measured series given in {@code initKeys} (by its
     * name; its predictions take the same) where its name does not contain it, e.g. "tanh, N(0, 0.01²), std 0.01".
     */
    public static ChartSpec versusLayerSpec(String title, String yLabel, boolean log, Map<String, double[]> measured,
                                            Map<String, double[]> predicted, Map<String, String> initKeys) {
        ChartSpec spec = ChartSpec.of(title, "hidden layer (1 = nearest the input)", yLabel).countingX()
                .scale(log ? ChartSpec.Scale.AUTO : ChartSpec.Scale.LINEAR);
        for (Map.Entry<String, double[]> e : measured.entrySet()) {
            add(spec, e.getKey(), e.getValue(), ChartSpec.Role.DOTS, e.getKey(), initKeys);
        }
        for (Map.Entry<String, double[]> e : predicted.entrySet()) {
            String match = null;
            int matchLength = -1; // the longest prefix wins: "relu, he-normal, fan-out" over "relu, he-normal"
            for (String name : measured.keySet()) {
                String prefix = name.endsWith(", measured") ? name.substring(0, name.length() - ", measured".length())
                        : name;
                if (e.getKey().startsWith(prefix) && prefix.length() > matchLength) {
                    match = name;
                    matchLength = prefix.length();
                }
            }
            add(spec, e.getKey(), e.getValue(), ChartSpec.Role.THEORY, match == null ? e.getKey() : match, initKeys);
            if (match != null) {
                spec.sameColour(e.getKey(), match);
            }
        }
        return spec;
    }

    private static void add(ChartSpec spec, String name, double[] perLayer, ChartSpec.Role role, String keyFrom,
                            Map<String, String> initKeys) {
        double[] x = new double[perLayer.length];
        for (int l = 0; l < x.length; l++) {
            x[l] = l + 1;
        }
        String key = initKeys.containsKey(keyFrom) ? initKeys.get(keyFrom) : VisualStyle.initKeyIn(keyFrom);
        spec.add(name, x, perLayer, key, VisualStyle.activationIn(keyFrom), role, false);
        if (role == ChartSpec.Role.DOTS) {
            for (int l = 0; l < perLayer.length; l++) {
                if (!Double.isFinite(perLayer[l])) {
                    spec.note(name + ": " + (Double.isNaN(perLayer[l]) ? "NaN" : "overflows to ∞") + " from layer "
                            + (l + 1) + " on (not drawn)");
                    break;
                }
            }
        }
    }

    /** Formats a value for tables: 3 significant digits, "-" for NaN. */
    public static String format(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3g", v);
    }
}
