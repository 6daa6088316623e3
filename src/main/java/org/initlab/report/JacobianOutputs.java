package org.initlab.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.initlab.diagnostics.InputOutputJacobian;
import org.initlab.io.OutputFolder;
import org.initlab.plot.ChartFiles;
import org.initlab.plot.ChartRenderer;
import org.initlab.plot.ChartSpec;
import org.initlab.plot.VisualStyle;

/**
 * Writes an {@link InputOutputJacobian} measurement: {@code singular_values.csv} (column singular_value, one row each,
 * largest first), {@code singular_values_histogram.png} (a histogram on a logarithmic axis) and the report (mean of
 * squares, max, min, spread).
 */
public final class JacobianOutputs {
    private JacobianOutputs() {
    }

    /** Writes the three files into the folder; returns the report's summary lines. */
    public static List<String> write(InputOutputJacobian.Result result, String title, Map<String, String> settings,
                                     Path folder) {
        OutputFolder.prepare(folder);
        StringBuilder csv = new StringBuilder("singular_value\n");
        for (double s : result.singularValues()) {
            csv.append(String.format(Locale.ROOT, "%.17g%n", s));
        }
        OutputFolder.writeText(folder, "singular_values.csv", csv.toString());
        Map<String, double[]> one = new LinkedHashMap<>();
        one.put("Singular values of the input–output Jacobian", result.singularValues());
        ChartSpec panel = histogramPanels(one).get(0).size(VisualStyle.WIDTH, VisualStyle.HEIGHT);
        Path png = ChartFiles.savePng(ChartRenderer.render(panel), folder, "singular_values_histogram");
        List<String> lines = summary(result);
        Report report = new Report(title).heading("What was run").settings(settings).heading("What we found")
                .bullets(lines);
        report.image("Histogram of the singular values over log₁₀ (isometry is one spike at 0, a singular value of 1)",
                folder, png);
        report.write(folder);
        return lines;
    }

    /** "mean of squares …", "largest …", "smallest …", "spread …", with what each means. */
    public static List<String> summary(InputOutputJacobian.Result r) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "mean of squared singular values (1/N)·tr(JᵀJ): %.4g (1 keeps the "
                + "average gradient's size)", r.meanSquare()));
        lines.add(String.format(Locale.ROOT, "largest singular value: %.4g", r.max()));
        lines.add(String.format(Locale.ROOT, "smallest singular value: %.4g", r.min()));
        lines.add(String.format(Locale.ROOT,
                "spread max/min: %.4g (1 is dynamical isometry: every direction kept alike)", r.spread()));
        lines.add(String.format(Locale.ROOT, "spread of the middle 80%% (90th / 10th percentile): %.4g",
                r.middleSpread()));
        lines.add(String.format(Locale.ROOT, "share of singular values below 1e-10 × the largest: %.1f%% — input "
                + "directions that, in double precision, no longer reach the output", 100 * r.lostShare()));
        return lines;
    }

    /**
     * Histograms of sets of singular values over log₁₀ of the value (a logarithmic axis drawn as its exponent: 0 is a
     * singular value of 1, −2 one of 0.01), 40 bins, as percentages of each set: one panel per set (titled with its
     * name and the share lost below
     * {@link InputOutputJacobian#LOST} × its largest), all over the same whole decades of log₁₀ of the value, each in
     * the colour of the initializer its name contains, each with its own y scale so a spread-out set is not flattened
     * by a spike elsewhere.
     */
    public static List<ChartSpec> histogramPanels(Map<String, double[]> sets) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] s : sets.values()) {
            double floor = InputOutputJacobian.LOST * max(s);
            for (double v : s) {
                if (v >= floor && v > 0 && Double.isFinite(v)) {
                    lo = Math.min(lo, Math.log10(v));
                    hi = Math.max(hi, Math.log10(v));
                }
            }
        }
        lo = Double.isFinite(lo) ? Math.floor(lo) : -1;
        hi = Double.isFinite(hi) ? Math.max(lo + 1, Math.ceil(hi + 1e-9)) : 1;
        int bins = 40;
        double width = (hi - lo) / bins;
        List<ChartSpec> panels = new ArrayList<>();
        for (Map.Entry<String, double[]> e : sets.entrySet()) {
            double[] values = e.getValue();
            double floor = InputOutputJacobian.LOST * max(values);
            double[] counts = new double[bins];
            int lost = 0;
            for (double v : values) {
                if (v >= floor && v > 0 && Double.isFinite(v)) {
                    int b = (int) Math.floor((Math.log10(v) - lo) / width);
                    counts[Math.max(0, Math.min(bins - 1, b))] += 100.0 / values.length;
                } else {
                    lost++;
                }
            }
            double[] x = new double[2 * bins + 2];
            double[] y = new double[2 * bins + 2];
            x[0] = lo;
            for (int b = 0; b < bins; b++) {
                x[2 * b + 1] = lo + width * b;
                x[2 * b + 2] = lo + width * (b + 1);
                y[2 * b + 1] = counts[b];
                y[2 * b + 2] = counts[b];
            }
            x[2 * bins + 1] = hi;
            String title = lost == 0 ? e.getKey() : String.format(Locale.ROOT, "%s: %.0f%% lost", e.getKey(),
                    100.0 * lost / values.length);
            double top = 0;
            for (double c : counts) {
                top = Math.max(top, c);
            }
            panels.add(ChartSpec.of(title, "log₁₀ singular value (0: a value of 1)", "% of values")
                    .scale(ChartSpec.Scale.LINEAR).size(440, 260).withoutLegend().xRange(lo, hi)
                    .yRange(0.0, roundUp(top))
                    .add(e.getKey(), x, y, VisualStyle.initKeyIn(e.getKey()), null, ChartSpec.Role.AREA, false));
        }
        return panels;
    }

    /** The smallest of 1, 2, 2.5, 5 × 10ᵏ at or above v (so that the axis gets round ticks); 1 for v ≤ 0. */
    static double roundUp(double v) {
        if (!(v > 0)) {
            return 1;
        }
        double decade = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 2.5, 5}) {
            if (m * decade >= v * (1 - 1e-12)) {
                return m * decade;
            }
        }
        return 10 * decade;
    }

    private static double max(double[] s) {
        double m = 0;
        for (double v : s) {
            if (Double.isFinite(v)) {
                m = Math.max(m, v);
            }
        }
        return m;
    }
}
