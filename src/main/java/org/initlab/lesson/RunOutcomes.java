package org.initlab.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.initlab.plot.TrainingCurves;

/**
 * Sorts a lesson's runs into what a student sees on its accuracy chart — trained (≥ 90 % test accuracy), in between,
 * stalled at chance (within 5 points of it), diverged — for one-line verdicts that agree with the plots.
 */
public final class RunOutcomes {
    private RunOutcomes() {
    }

    /** Whether the run ended at ≥ 90 % test accuracy without diverging. */
    public static boolean trained(RunResult r) {
        return !r.diverged() && r.finalTestAccuracy() >= 0.9;
    }

    /** Whether the run diverged or ended within 5 points of chance (1/classes). */
    public static boolean stalled(RunResult r) {
        return r.diverged() || r.finalTestAccuracy() < 1.0 / LessonCharts.curve(r).classes() + 0.05;
    }

    /** The first run whose label satisfies the test, or null. */
    public static RunResult find(List<RunResult> runs, Predicate<String> label) {
        return runs.stream().filter(r -> label.test(r.label())).findFirst().orElse(null);
    }

    /** "trains: a (100 %), b (98 %); stalls at chance: c, d; diverges: e (NaN at step 3, layer 9)". */
    public static String summary(List<RunResult> runs) {
        List<String> good = new ArrayList<>();
        List<String> middle = new ArrayList<>();
        List<String> stalled = new ArrayList<>();
        List<String> diverged = new ArrayList<>();
        for (RunResult r : runs) {
            String pct = String.format(Locale.ROOT, "%.0f %%", 100 * r.finalTestAccuracy());
            if (r.diverged()) {
                diverged.add(r.label() + " (" + TrainingCurves.shortly(r.history().divergence().get()) + ")");
            } else if (trained(r)) {
                good.add(r.label() + " (" + pct + ")");
            } else if (stalled(r)) {
                stalled.add(r.label());
            } else {
                middle.add(r.label() + " (" + pct + ")");
            }
        }
        List<String> parts = new ArrayList<>();
        if (!good.isEmpty()) {
            parts.add("trains: " + String.join(", ", good));
        }
        if (!middle.isEmpty()) {
            parts.add("partly: " + String.join(", ", middle));
        }
        if (!stalled.isEmpty()) {
            parts.add("stays at chance: " + String.join(", ", stalled));
        }
        if (!diverged.isEmpty()) {
            parts.add("diverges: " + String.join(", ", diverged));
        }
        return String.join("; ", parts);
    }
}
