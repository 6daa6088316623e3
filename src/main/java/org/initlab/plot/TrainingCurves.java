package org.initlab.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.initlab.train.Divergence;
import org.initlab.train.EpochRecord;
import org.initlab.train.History;
import org.initlab.train.StepRecord;

/**
 * Loss and accuracy curves as {@link ChartSpec}s: each run's loss as a smoothed line over its faint raw line, the
 * y range clipped to where the runs train (values beyond it are named in a note), chance level as a reference line,
 * a diverged run ended with a ✕ and "NaN at step 3, layer 9", and failed runs drawn over successful ones.
 */
public final class TrainingCurves {
    /** One run: its label, history, colour key (initializer), activation (line style) and number of classes. */
    public record Run(String label, History history, String initKey, String activation, int classes) {
        /** Chance-level accuracy, 1/classes. */
        double chance() {
            return 1.0 / Math.max(2, classes);
        }

        /** A run that diverged, or ended within 5 points of chance. */
        boolean failed() {
            return history.divergence().isPresent() || history.last().testAccuracy() < chance() + 0.05;
        }
    }

    private static final Pattern VALUE = Pattern.compile("(NaN|-?Infinity)");
    private static final Pattern LAYER = Pattern.compile("layer (\\d+)");

    private TrainingCurves() {
    }

    /** Mini-batch loss per step. */
    public static ChartSpec loss(String title, List<Run> runs) {
        ChartSpec spec = ChartSpec.of(title, "training step", "mini-batch loss");
        List<Double> all = new ArrayList<>();
        double lowest = Double.POSITIVE_INFINITY;
        for (Run r : runs) {
            List<StepRecord> steps = r.history().steps().stream().filter(s -> Double.isFinite(s.loss()) && s.loss() > 0)
                    .toList();
            double[] x = steps.stream().mapToDouble(StepRecord::step).toArray();
            double[] y = steps.stream().mapToDouble(StepRecord::loss).toArray();
            double[] smooth = smooth(y, Math.max(1, y.length / 40));
            if (y.length > 8) {
                spec.add(r.label() + " (raw)", x, y, r.initKey(), r.activation(), ChartSpec.Role.RAW, r.failed());
            }
            int every = Math.max(1, y.length / 80); // long segments, so that dash patterns show
            double[] sx = thin(x, every);
            spec.add(r.label(), sx, thin(smooth, every), r.initKey(), r.activation(), ChartSpec.Role.LINE, r.failed());
            for (double v : smooth) {
                all.add(v);
                lowest = Math.min(lowest, v);
            }
            r.history().divergence().ifPresent(d -> {
                double lastX = x.length > 0 ? x[x.length - 1] : d.step();
                double lastY = y.length > 0 ? y[y.length - 1] : Math.log(r.classes());
                spec.marker(r.label() + ": " + shortly(d), lastX, lastY, r.initKey());
            });
        }
        int classes = runs.stream().mapToInt(Run::classes).max().orElse(2);
        List<String> atChance = atChance(runs, Math.log(Math.max(2, classes)));
        if (!atChance.isEmpty()) {
            spec.note("at chance over the second half, on the ln " + Math.max(2, classes)
                    + " line (drawn one over another): " + String.join("; ", atChance));
        }
        spec.reference(String.format(Locale.ROOT, "chance level: ln %d = %.3f", Math.max(2, classes),
                Math.log(Math.max(2, classes))), Math.log(Math.max(2, classes)));
        if (!all.isEmpty()) {
            double[] sorted = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double top = Math.max(sorted[(int) Math.floor(0.98 * (sorted.length - 1))],
                    1.5 * Math.log(Math.max(2, classes)));
            double shownTop = Math.pow(10, Math.ceil(Math.log10(1.5 * top))); // a log axis ends at a whole decade
            for (Run r : runs) {
                r.history().steps().stream().filter(s -> Double.isFinite(s.loss()) && s.loss() > shownTop)
                        .max((a, b) -> Double.compare(a.loss(), b.loss()))
                        .ifPresent(s -> spec.note(r.label() + ": loss leaves the chart, up to "
                                + VisualStyle.number(s.loss()) + " (step " + s.step() + ")"));
            }
            boolean clipped = runs.stream().flatMap(r -> r.history().steps().stream())
                    .anyMatch(s -> Double.isFinite(s.loss()) && s.loss() > shownTop);
            if (clipped) {
                spec.yRange(Math.max(lowest, 1e-300) * 0.8, 1.5 * top);
            }
        }
        return spec;
    }

    /**
     * The runs whose test accuracy stays within one percentage point of {@code chancePercent} over the second half of
     * the epochs (at least two epochs there): their lines lie on the chance line and on one another.
     */
    static List<String> atChanceAccuracy(List<Run> runs, double chancePercent) {
        List<String> names = new ArrayList<>();
        for (Run r : runs) {
            double[] y = r.history().epochs().stream().mapToDouble(e -> 100 * e.testAccuracy()).toArray();
            int from = y.length / 2;
            boolean flat = Arrays.stream(y, from, y.length).allMatch(v -> Math.abs(v - chancePercent) <= 1);
            if (y.length - from >= 2 && flat) {
                names.add(r.label());
            }
        }
        return names;
    }

    /**
     * The runs whose mini-batch loss, smoothed as drawn, stays within 5 % of chance ({@code chanceLoss}) over the
     * second half of training: their lines lie on the reference line and on one another, so the chart names them.
     */
    static List<String> atChance(List<Run> runs, double chanceLoss) {
        List<String> names = new ArrayList<>();
        for (Run r : runs) {
            double[] y = r.history().steps().stream().mapToDouble(StepRecord::loss).toArray();
            if (y.length < 8 || Arrays.stream(y).anyMatch(v -> !Double.isFinite(v))) {
                continue;
            }
            double[] smooth = smooth(y, Math.max(1, y.length / 40));
            boolean flat = true;
            for (int i = smooth.length / 2; i < smooth.length && flat; i++) {
                flat = Math.abs(smooth[i] / chanceLoss - 1) <= 0.05;
            }
            if (flat) {
                names.add(r.label());
            }
        }
        return names;
    }

    /** Test accuracy per epoch (epoch 0: before training), in percent, from just below chance to 100 %. */
    public static ChartSpec accuracy(String title, List<Run> runs) {
        ChartSpec spec = ChartSpec.of(title, "epoch", "test accuracy (%)").scale(ChartSpec.Scale.LINEAR)
                .countingX();
        double low = 100;
        for (Run r : runs) {
            List<EpochRecord> epochs = r.history().epochs();
            double[] x = epochs.stream().mapToDouble(EpochRecord::epoch).toArray();
            double[] y = epochs.stream().mapToDouble(e -> 100 * e.testAccuracy()).toArray();
            double last = y.length > 0 ? y[y.length - 1] : Double.NaN;
            spec.add(r.label() + String.format(Locale.ROOT, " (%.0f%%)", last), x, y, r.initKey(), r.activation(),
                    ChartSpec.Role.LINE, r.failed());
            low = Math.min(low, Arrays.stream(y).filter(Double::isFinite).min().orElse(100));
        }
        double chance = 100 * runs.stream().mapToDouble(Run::chance).min().orElse(0.5);
        List<String> atChance = atChanceAccuracy(runs, chance);
        if (!atChance.isEmpty()) {
            spec.note(String.format(Locale.ROOT, "at chance (%.0f%%) over the second half, on the chance line (drawn "
                    + "one over another): ", chance) + String.join("; ", atChance));
        }
        spec.reference(String.format(Locale.ROOT, "chance level (%.0f%%)", chance), chance);
        spec.yRange(Math.max(0, Math.floor(Math.min(low, chance) / 10) * 10 - 5), 102.0);
        return spec;
    }

    /** "NaN at step 3, layer 9" from a divergence's description. */
    public static String shortly(Divergence d) {
        Matcher v = VALUE.matcher(d.what());
        Matcher l = LAYER.matcher(d.what());
        String value = v.find() ? (v.group(1).equals("NaN") ? "NaN" : v.group(1).replace("Infinity", "∞"))
                : "non-finite";
        return value + " at step " + d.step() + (l.find() ? ", layer " + l.group(1) : "");
    }

    /** Every {@code every}-th value, and the last. */
    static double[] thin(double[] v, int every) {
        if (every <= 1 || v.length == 0) {
            return v;
        }
        double[] out = new double[(v.length - 1) / every + 2];
        int k = 0;
        for (int i = 0; i < v.length; i += every) {
            out[k++] = v[i];
        }
        if ((v.length - 1) % every != 0) {
            out[k++] = v[v.length - 1];
        }
        return Arrays.copyOf(out, k);
    }

    /**
     * A centred moving average of log values (a geometric mean, so a log axis shows it without bias), half-width
     * {@code half}.
     */
    static double[] smooth(double[] y, int half) {
        double[] out = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            int a = Math.max(0, i - half);
            int b = Math.min(y.length - 1, i + half);
            double s = 0;
            for (int j = a; j <= b; j++) {
                s += Math.log(y[j]);
            }
            out[i] = Math.exp(s / (b - a + 1));
        }
        return out;
    }
}
