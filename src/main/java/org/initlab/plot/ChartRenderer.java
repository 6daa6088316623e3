package org.initlab.plot;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.AnnotationTextPanel;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws a {@link ChartSpec} with XChart in the course's {@link VisualStyle}.
 *
 * <p>A logarithmic axis is drawn as log₁₀ of the values on a linear axis labelled 10ⁿ at whole decades: XChart's
 * own log axis hangs on ranges like 1e-300..1e300, and this way every finite value up to 1e308 is drawn.
 */
public final class ChartRenderer {
    private static final Marker[] SHAPES = {SeriesMarkers.NONE, SeriesMarkers.SQUARE, SeriesMarkers.DIAMOND,
        SeriesMarkers.TRIANGLE_UP, SeriesMarkers.CIRCLE, SeriesMarkers.TRIANGLE_DOWN};

    private ChartRenderer() {
    }

    /** The spec drawn as an XChart chart that still carries its spec. */
    public static RenderedChart render(ChartSpec spec) {
        boolean log = spec.logScale();
        RenderedChart chart = new RenderedChart(spec, log);
        boolean small = spec.width < 600;
        style(chart.getStyler(), small, spec.legend);
        chart.setTitle(spec.title);
        chart.setXAxisTitle(spec.xLabel);
        chart.setYAxisTitle(spec.yLabel + (log ? " (log scale)" : ""));

        List<List<String>> overlaps = spec.overlaps();
        Map<String, int[]> overlapPlace = new HashMap<>();
        for (List<String> group : overlaps) {
            for (int k = 0; k < group.size(); k++) {
                overlapPlace.put(group.get(k), new int[] {k, group.size()});
            }
            chart.notes.add(wrap("lines coincide (drawn one over another): " + String.join(" = ", group)));
        }
        spec.notes.forEach(n -> chart.notes.add(wrap(n)));

        double xLo = Double.POSITIVE_INFINITY;
        double xHi = Double.NEGATIVE_INFINITY;
        double yLo = Double.POSITIVE_INFINITY;
        double yHi = Double.NEGATIVE_INFINITY;
        List<ChartSpec.Series> ordered = new ArrayList<>();
        spec.series.stream().filter(s -> !s.failed()).forEach(ordered::add);
        spec.series.stream().filter(ChartSpec.Series::failed).forEach(ordered::add); // failures drawn on top
        Map<String, Integer> lookCount = new HashMap<>();
        int unkeyed = (int) spec.series.stream().filter(s -> s.initKey() == null
                && !spec.sameColourAs.containsKey(s.name())).count();
        int unkeyedIndex = 0;
        for (ChartSpec.Series s : spec.series) {
            // fixed order of unkeyed colours (layers: dark to light) whatever the drawing order
            if (s.initKey() == null && !spec.sameColourAs.containsKey(s.name())) {
                chart.unkeyedColours.put(s.name(), sequential(unkeyedIndex++, unkeyed));
            }
        }
        spec.sameColourAs.forEach((name, other) -> chart.unkeyedColours.put(name,
                chart.unkeyedColours.getOrDefault(other, VisualStyle.REFERENCE)));
        for (ChartSpec.Series s : ordered) {
            long notPositive = Arrays.stream(s.y()).filter(v -> v <= 0).count();
            if (log && notPositive > 0 && ChartSpec.isData(s)) {
                chart.notes.add(wrap(notPositive == s.y().length
                        ? s.name() + ": exactly 0 everywhere (0 has no place on a log axis)"
                        : s.name() + ": " + notPositive + " values of 0 not drawn (log axis)"));
            }
            double[] y = log ? log10(s.y()) : s.y();
            double[] x = log ? keepPositive(s.x(), s.y()) : s.x();
            if (x.length == 0) {
                continue;
            }
            for (int i = 0; i < x.length; i++) {
                xLo = Math.min(xLo, x[i]);
                xHi = Math.max(xHi, x[i]);
                yLo = Math.min(yLo, y[i]);
                yHi = Math.max(yHi, y[i]);
            }
            Color colour = s.initKey() != null ? VisualStyle.colourOf(s.initKey()) : chart.unkeyedColours.get(s.name());
            XYSeries xy = chart.addSeries(unique(chart, s.name()), x, y);
            xy.setLineColor(s.role() == ChartSpec.Role.RAW ? VisualStyle.faint(colour, 0.25) : colour);
            xy.setMarkerColor(colour);
            xy.setFillColor(VisualStyle.faint(colour, 0.55));
            xy.setMarker(SeriesMarkers.NONE);
            float width = small ? 1.6f : 2.4f;
            int[] place = overlapPlace.get(s.name());
            if (place != null) {
                width += 2.2f * (place[1] - 1 - place[0]); // coinciding lines: the earlier ones wider, underneath
            }
            switch (s.role()) {
                case RAW -> {
                    xy.setLineStyle(VisualStyle.stroke(1f, null));
                    xy.setShowInLegend(false);
                }
                case THEORY -> xy.setLineStyle(VisualStyle.stroke(1.5f, new float[] {7f, 5f}));
                case DOTS -> {
                    xy.setMarker(SeriesMarkers.CIRCLE);
                    xy.setLineStyle(VisualStyle.stroke(width * 0.8f, VisualStyle.dashOf(s.activation())));
                }
                case AREA -> {
                    xy.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Area);
                    xy.setLineStyle(VisualStyle.stroke(1f, null));
                }
                default -> {
                    xy.setLineStyle(VisualStyle.stroke(width, VisualStyle.dashOf(s.activation())));
                    String look = colour.getRGB() + "/" + s.activation();
                    int seen = lookCount.merge(look, 1, Integer::sum) - 1;
                    xy.setMarker(SHAPES[seen % SHAPES.length]); // same colour and dash: told apart by marker shape
                }
            }
        }
        if (!Double.isFinite(xLo)) {
            xLo = 0;
            xHi = 1;
            yLo = 0;
            yHi = 1;
            chart.notes.add("nothing finite to draw");
        }
        double lo = spec.yMin != null ? (log ? Math.log10(spec.yMin) : spec.yMin) : yLo;
        double hi = spec.yMax != null ? (log ? Math.log10(spec.yMax) : spec.yMax) : yHi;
        for (ChartSpec.Reference r : spec.references) {
            double v = log ? Math.log10(r.y()) : r.y();
            if (Double.isFinite(v)) {
                lo = spec.yMin == null ? Math.min(lo, v) : lo;
                hi = spec.yMax == null ? Math.max(hi, v) : hi;
                XYSeries ref = chart.addSeries(unique(chart, r.label()), new double[] {xLo, xHi}, new double[] {v, v});
                ref.setLineColor(VisualStyle.REFERENCE);
                ref.setMarker(SeriesMarkers.NONE);
                ref.setLineStyle(VisualStyle.stroke(1.5f, new float[] {3f, 4f}));
            }
        }
        int noteLines = chart.notes.stream().mapToInt(n -> n.split("\n").length).sum();
        if (noteLines > 0) {
            lo -= (hi - lo) * (0.06 + 0.07 * noteLines); // room at the bottom for the notes box
        }
        if (log) {
            lo = Math.floor(lo + 1e-9);
            hi = Math.ceil(hi - 1e-9);
        }
        if (!(hi > lo)) {
            double pad = log ? 1 : Math.max(1e-9, Math.abs(lo) * 0.1);
            lo -= pad;
            hi += pad;
        }
        chart.getStyler().setYAxisMin(lo);
        chart.getStyler().setYAxisMax(hi);
        chart.getStyler().setXAxisMin(spec.xMin != null ? spec.xMin : xLo);
        chart.getStyler().setXAxisMax(spec.xMax != null ? spec.xMax : (xHi > xLo ? xHi : xLo + 1));
        for (ChartSpec.Marker m : spec.markers) {
            double y = log ? Math.log10(m.y()) : m.y();
            y = Math.max(lo, Math.min(hi, y));
            XYSeries dot = chart.addSeries(unique(chart, m.label()), new double[] {m.x()}, new double[] {y});
            Color c = VisualStyle.colourOf(m.initKey());
            dot.setMarker(SeriesMarkers.CROSS);
            dot.setMarkerColor(c);
            dot.setLineColor(c);
            dot.setLineStyle(VisualStyle.stroke(0.1f, null));
            int colon = m.label().indexOf(": "); // "run: NaN at step 3" shows "NaN at step 3" by the cross
            String text = colon < 0 ? m.label() : m.label().substring(colon + 2);
            double xSpan = (spec.xMax != null ? spec.xMax : xHi) - (spec.xMin != null ? spec.xMin : xLo);
            double halfText = 0.5 * text.length() * 8.5 / (spec.width * (spec.legend ? 0.55 : 0.85)) * xSpan;
            double tx = Math.max(xLo + halfText, Math.min(xHi - halfText, m.x()));
            chart.addAnnotation(new AnnotationText(text, tx, y - 0.05 * (hi - lo), false));
        }
        if (!chart.notes.isEmpty()) {
            chart.addAnnotation(new AnnotationTextPanel(String.join("\n", chart.notes), spec.width < 600 ? 60 : 95,
                    spec.width < 600 ? 55 : 75, true));
        }
        // a point a third of the way into the first step keeps the x values unevenly spaced, so that XChart picks
        // round tick values instead of every k-th data value ("1 22 43 ...")
        XYSeries helper = chart.addSeries(RenderedChart.HELPER, new double[] {xLo + (xHi - xLo) * 1e-3 / 3},
                new double[] {lo});
        helper.setShowInLegend(false);
        helper.setMarker(SeriesMarkers.NONE);
        helper.setLineColor(new Color(0, 0, 0, 0));
        double yScale = Math.max(1e-300, Math.abs(hi - lo));
        boolean neverNegative = spec.series.stream().allMatch(s -> Arrays.stream(s.y()).allMatch(v -> v >= 0));
        // room made below 0 for the notes box gets no labels: a loss or an accuracy of "-20" would be nonsense
        chart.setCustomYAxisTickLabelsFormatter(log ? ChartRenderer::decade
                : neverNegative ? v -> v < -1e-9 * yScale ? " " : VisualStyle.number(v) : VisualStyle::number);
        chart.setCustomXAxisTickLabelsFormatter(spec.countingX
                ? x -> Math.abs(x - Math.rint(x)) < 1e-9 ? VisualStyle.number(x) : " " : VisualStyle::number);
        return chart;
    }

    private static void style(XYStyler s, boolean small, boolean legend) {
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotGridLinesColor(new Color(228, 228, 228));
        s.setChartTitleFont(VisualStyle.font(small ? 13 : 18, true));
        s.setAxisTitleFont(VisualStyle.font(small ? 13 : 16, false));
        s.setAxisTickLabelsFont(VisualStyle.font(small ? 12 : 15, false));
        s.setLegendFont(VisualStyle.font(small ? 12 : 14, false));
        s.setLegendVisible(legend);
        s.setLegendPosition(Styler.LegendPosition.OutsideE);
        s.setAnnotationTextFont(VisualStyle.font(small ? 12 : 14, true));
        s.setAnnotationTextPanelFont(VisualStyle.font(small ? 11 : 13, false));
        s.setAnnotationTextPanelBackgroundColor(new Color(255, 255, 240, 230));
        s.setMarkerSize(small ? 6 : 8);
        s.setXAxisTickMarkSpacingHint(small ? 70 : 90);
        s.setYAxisTickMarkSpacingHint(small ? 45 : 60);
        s.setXAxisMaxLabelCount(VisualStyle.MAX_TICK_LABELS);
    }

    /** A log₁₀ tick as a decade label (0.01, 0.1, 1, 10, 100, 1000, 10⁴, 10⁻³, ...); between decades, no label. */
    static String decade(double exponent) {
        long k = Math.round(exponent);
        if (Math.abs(exponent - k) > 1e-6) {
            return " ";
        }
        return k >= -2 && k <= 3 ? VisualStyle.number(Math.pow(10, k)) : "10" + VisualStyle.superscript((int) k);
    }

    /** Distinct colours for series without an initializer (e.g. layers 1..n, light to dark, viridis-like). */
    static Color sequential(int i, int n) {
        Color[] stops = {new Color(68, 1, 84), new Color(59, 82, 139), new Color(33, 145, 140), new Color(94, 201, 98),
            new Color(220, 190, 30)};
        double t = n <= 1 ? 0.3 : (double) i / (n - 1) * 0.95;
        double pos = t * (stops.length - 1);
        int a = (int) Math.floor(pos);
        int b = Math.min(stops.length - 1, a + 1);
        double f = pos - a;
        return new Color((int) (stops[a].getRed() * (1 - f) + stops[b].getRed() * f),
                (int) (stops[a].getGreen() * (1 - f) + stops[b].getGreen() * f),
                (int) (stops[a].getBlue() * (1 - f) + stops[b].getBlue() * f));
    }

    /** Breaks a note into lines of at most 90 characters at commas and spaces. */
    static String wrap(String note) {
        StringBuilder out = new StringBuilder();
        int lineStart = 0;
        for (String word : note.split(" ")) {
            if (out.length() - lineStart + 1 + word.length() > 90 && out.length() > lineStart) { // 1: the space
                out.append("\n   ");
                lineStart = out.length() - 3;
            } else if (out.length() > 0) {
                out.append(' ');
            }
            out.append(word);
        }
        return out.toString();
    }

    private static String unique(RenderedChart chart, String name) {
        String n = name;
        while (chart.getSeries(n) != null) {
            n = n + " ";
        }
        return n;
    }

    private static double[] log10(double[] y) {
        return Arrays.stream(y).filter(v -> v > 0).map(Math::log10).toArray();
    }

    private static double[] keepPositive(double[] x, double[] y) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (y[i] > 0) {
                out.add(x[i]);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
