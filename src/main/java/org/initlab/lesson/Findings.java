package org.initlab.lesson;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.initlab.nn.LayerPath;
import org.initlab.plot.ChartFiles;
import org.initlab.report.KeyFigures;
import org.initlab.report.LessonPages;
import org.initlab.report.Report;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * What a lesson found, collected as it runs: conclusions (narrated on the console), named figures (for the report's
 * table and for tests), and plots (saved at once). {@link #finish} writes the report and returns the result.
 */
public final class Findings {
    private final Lesson lesson;
    private final LessonOptions options;
    private final PrintStream console;
    private final List<String> conclusions = new ArrayList<>();
    private final Map<String, Double> figures = new LinkedHashMap<>();
    private final Map<String, String> settings = new LinkedHashMap<>();
    private final List<String[]> plots = new ArrayList<>();
    private final List<Path> files = new ArrayList<>();
    private String verdict;

    /** Findings of {@code lesson} run with {@code options}, narrating on {@code console}. */
    public Findings(Lesson lesson, LessonOptions options, PrintStream console) {
        this.lesson = lesson;
        this.options = options;
        this.console = console;
    }

    /** Records a setting for the report ("network", "2 → 32 × 6 → 1"). */
    public Findings setting(String name, Object value) {
        settings.put(name, String.valueOf(value));
        return this;
    }

    /** A conclusion in plain words, printed at once. */
    public void conclude(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        conclusions.add(text);
        console.println("  → " + text);
    }

    /** The one-line answer to the lesson's question, shown at the top of its page and in the course index. */
    public void verdict(String format, Object... args) {
        verdict = String.format(Locale.ROOT, format, args);
        console.println("  verdict: " + verdict);
    }

    /** A named figure for the report's table and for tests. */
    public double figure(String name, double value) {
        figures.put(name, value);
        return value;
    }

    /**
     * A figure measured over seeds: recorded as {@code name} (the median), {@code name + " (min)"} and
     * {@code name + " (max)"}; returns the median.
     */
    public double spread(String name, Spread spread) {
        figures.put(name, spread.median());
        if (spread.count() > 1) {
            figures.put(name + " (min)", spread.min());
            figures.put(name + " (max)", spread.max());
        }
        return spread.median();
    }

    /** Saves a chart as {@code name.png} in the lesson's folder and lists it in the report with its caption. */
    public Path plot(Chart<?, ?> chart, String name, String caption) {
        Path file = ChartFiles.savePng(chart, options.folder(), name);
        plots.add(new String[] {caption, file.toString()});
        files.add(file);
        return file;
    }

    /** Registers a plot saved elsewhere (e.g. a grid). */
    public void addPlot(Path file, String caption) {
        plots.add(new String[] {caption, file.toString()});
        files.add(file);
    }

    /** Writes report.md and report.html (question, settings, conclusions, figures, plots) and returns the result. */
    public LessonResult finish(String question) {
        settings.putIfAbsent("arithmetic", LayerPath.describeArithmetic());
        String title = "Lesson " + lesson.name() + ": " + lesson.title();
        String answer = verdict != null ? verdict : conclusions.isEmpty() ? ""
                : conclusions.get(conclusions.size() - 1);
        boolean hasText = LessonPages.copyText(lesson.name(), title, options.folder());
        Report report = new Report(title).nav(LessonPages.navigation(null, null, hasText))
                .verdict(question, answer)
                .heading("What was run").settings(settings)
                .heading("What we found").bullets(conclusions);
        report.heading("Key figures");
        for (KeyFigures.Table t : KeyFigures.tables(figures)) {
            report.table(t.header(), t.rows());
        }
        report.heading("Plots");
        for (String[] p : plots) {
            report.image(p[0], options.folder(), Path.of(p[1]));
        }
        report.paragraph("The lesson's text, with the theory and exercises: `lessons/" + lesson.name() + "/README.md`"
                + (hasText ? " ([read it here](lesson.html))." : "."));
        Path html = report.write(options.folder());
        files.add(html);
        console.println("  report: " + html);
        return new LessonResult(lesson.name(), List.copyOf(conclusions),
                Collections.unmodifiableMap(new LinkedHashMap<>(figures)), List.copyOf(files), answer);
    }

    static String format(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return String.valueOf((long) v);
        }
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
