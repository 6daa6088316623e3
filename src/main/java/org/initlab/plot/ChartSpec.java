package org.initlab.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a chart shows, before it is drawn: its series (name, x and y values, the initializer whose colour it takes,
 * the activation whose line style it takes, its role), reference lines, end markers, the y scale and range, and
 * notes such as "these lines coincide". A test can check a spec without rendering it; {@link ChartRenderer} draws
 * it with XChart and {@link #csv} writes the same numbers for a spreadsheet.
 *
 * <p>Only finite points are kept: NaN and ±Inf are dropped when a series is added (a diverged run ends with a
 * {@link Marker} instead). Values of any finite size are kept; a log axis draws up to 1e308.
 */
public final class ChartSpec {
    /**
     * How the y axis maps values: {@code AUTO} is logarithmic when all values are positive and span more than two
     * decades.
     */
    public enum Scale { AUTO, LINEAR, LOG }

    /**
     * How a series is drawn: a data line, a faint raw line under a smoothed one, a dashed prediction, dots only, a
     * step-shaped area.
     */
    public enum Role { LINE, RAW, THEORY, DOTS, AREA }

    /** One series; {@code initKey} and {@code activation} choose colour and line style (either may be null). */
    public record Series(String name, double[] x, double[] y, String initKey, String activation, Role role,
                         boolean failed) {
    }

    /** A horizontal reference line at {@code y} (chance level, ln 2, the 1e-3 guide). */
    public record Reference(String label, double y) {
    }

    /** A labelled point, e.g. where a run diverged ("NaN at step 3"). */
    public record Marker(String label, double x, double y, String initKey) {
    }

    final String title;
    final String xLabel;
    final String yLabel;
    final List<Series> series = new ArrayList<>();
    final List<Reference> references = new ArrayList<>();
    final List<Marker> markers = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    final Map<String, String> sameColourAs = new HashMap<>();
    Scale scale = Scale.AUTO;
    Double yMin;
    Double yMax;
    Double xMin;
    Double xMax;
    int width = VisualStyle.WIDTH;
    int height = VisualStyle.HEIGHT;
    boolean legend = true;
    boolean countingX;

    private ChartSpec(String title, String xLabel, String yLabel) {
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
    }

    /** An empty chart with a title and axis labels. */
    public static ChartSpec of(String title, String xLabel, String yLabel) {
        return new ChartSpec(title, xLabel, yLabel);
    }

    /**
     * Adds a series drawn as {@code role} ({@code failed}: the run diverged); points whose x or y is NaN or ±Inf are
     * dropped, as the class comment explains. Returns this spec, as every adder and setter here does.
     */
    public ChartSpec add(String name, double[] x, double[] y, String initKey, String activation, Role role,
            boolean failed) {
        int n = Math.min(x.length, y.length);
        double[] fx = new double[n];
        double[] fy = new double[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                fx[k] = x[i];
                fy[k++] = y[i];
            }
        }
        series.add(new Series(name, Arrays.copyOf(fx, k), Arrays.copyOf(fy, k), initKey, activation, role, failed));
        return this;
    }

    /** Adds a plain data line ({@link Role#LINE}); {@code initKey} picks its colour, {@code activation} its dashes. */
    public ChartSpec line(String name, double[] x, double[] y, String initKey, String activation) {
        return add(name, x, y, initKey, activation, Role.LINE, false);
    }

    /** Adds a horizontal line at height {@code y}, labelled in the legend, e.g. chance level ln 2. */
    public ChartSpec reference(String label, double y) {
        references.add(new Reference(label, y));
        return this;
    }

    /** Adds a labelled point, e.g. "NaN at step 3", in {@code initKey}'s colour; left out when x or y is not finite. */
    public ChartSpec marker(String label, double x, double y, String initKey) {
        if (Double.isFinite(x) && Double.isFinite(y)) {
            markers.add(new Marker(label, x, y, initKey));
        }
        return this;
    }

    /**
     * Draws series {@code name} (without an initializer) in the colour of series {@code other}, e.g. a prediction and
     * its measurement.
     */
    public ChartSpec sameColour(String name, String other) {
        sameColourAs.put(name, other);
        return this;
    }

    /** Adds a note printed on the chart. */
    public ChartSpec note(String text) {
        notes.add(text);
        return this;
    }

    /** Sets how the y axis maps values; {@link Scale#AUTO} until set. */
    public ChartSpec scale(Scale s) {
        scale = s;
        return this;
    }

    /** Clips the y axis to [min, max] (null: from the data). */
    public ChartSpec yRange(Double min, Double max) {
        yMin = min;
        yMax = max;
        return this;
    }

    /** Sets the x axis to [min, max] (null: from the data). */
    public ChartSpec xRange(Double min, Double max) {
        xMin = min;
        xMax = max;
        return this;
    }

    /**
     * The x values count something (epochs, layers): only whole-number ticks get a label, so that a 3-epoch run
     * does not show an "epoch 0.5".
     */
    public ChartSpec countingX() {
        countingX = true;
        return this;
    }

    /** Sets the picture's size in pixels; {@link VisualStyle#WIDTH} × {@link VisualStyle#HEIGHT} until set. */
    public ChartSpec size(int pixelsWide, int pixelsHigh) {
        width = pixelsWide;
        height = pixelsHigh;
        return this;
    }

    /** Hides the legend (small panels whose title names their one series). */
    public ChartSpec withoutLegend() {
        legend = false;
        return this;
    }

    /** The title printed above the plot, as given to {@link #of}. */
    public String title() {
        return title;
    }

    /** The x axis's title, as given to {@link #of}; also the header of the x column in {@link #csv}. */
    public String xLabel() {
        return xLabel;
    }

    /** The y axis's title, as given to {@link #of}; also the header of the y column in {@link #csv}. */
    public String yLabel() {
        return yLabel;
    }

    /** The series, in drawing order as added. */
    public List<Series> series() {
        return List.copyOf(series);
    }

    /** The horizontal lines added by {@link #reference}, in the order added (a copy). */
    public List<Reference> references() {
        return List.copyOf(references);
    }

    /** The labelled points added by {@link #marker}, in the order added (a copy). */
    public List<Marker> markers() {
        return List.copyOf(markers);
    }

    /** The notes, including those {@link #overlaps} added. */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    /**
     * Whether the y axis is drawn logarithmically: LOG, or AUTO with no negative value and the positive values
     * spanning more than two decades (exact zeros are then named in a note instead of drawn).
     */
    public boolean logScale() {
        if (scale != Scale.AUTO) {
            return scale == Scale.LOG;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (Series s : series) {
            for (double v : s.y()) {
                if (v < 0) {
                    return false;
                }
                if (v > 0) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        return max > 0 && Math.log10(max / min) > VisualStyle.LOG_SPAN_DECADES;
    }

    /**
     * Groups of data series (not raw or theory lines) whose points are identical within 1e-9 relative: each group
     * is listed by name, in order. Such lines are drawn one over another, so the chart must say so.
     */
    public List<List<String>> overlaps() {
        List<List<String>> groups = new ArrayList<>();
        boolean[] used = new boolean[series.size()];
        for (int i = 0; i < series.size(); i++) {
            if (used[i] || !isData(series.get(i))) {
                continue;
            }
            List<String> group = new ArrayList<>(List.of(series.get(i).name()));
            for (int j = i + 1; j < series.size(); j++) {
                if (!used[j] && isData(series.get(j)) && same(series.get(i), series.get(j))) {
                    used[j] = true;
                    group.add(series.get(j).name());
                }
            }
            if (group.size() > 1) {
                groups.add(group);
            }
        }
        return groups;
    }

    static boolean isData(Series s) {
        return s.role() == Role.LINE || s.role() == Role.DOTS;
    }

    /** Whether two series have the same points (within 1e-9 relative). */
    public static boolean same(Series a, Series b) {
        if (a.x().length != b.x().length || a.x().length == 0) {
            return false;
        }
        for (int i = 0; i < a.x().length; i++) {
            if (a.x()[i] != b.x()[i] || Math.abs(a.y()[i] - b.y()[i]) > 1e-9 * Math.max(1e-300, Math.abs(a.y()[i]))) {
                return false;
            }
        }
        return true;
    }

    /** The data in long format, one row per point: {@code series,x,y} with the axis labels as a comment-free header. */
    public String csv() {
        StringBuilder b = new StringBuilder("series,role,").append(quote(xLabel)).append(',').append(quote(yLabel))
                .append('\n');
        for (Series s : series) {
            for (int i = 0; i < s.x().length; i++) {
                b.append(quote(s.name())).append(',').append(s.role().name().toLowerCase()).append(',').append(s.x()[i])
                        .append(',').append(s.y()[i]).append('\n');
            }
        }
        for (Reference r : references) {
            b.append(quote(r.label())).append(",reference,,").append(r.y()).append('\n');
        }
        for (Marker m : markers) {
            b.append(quote(m.label())).append(",marker,").append(m.x()).append(',').append(m.y()).append('\n');
        }
        return b.toString();
    }

    static String quote(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
