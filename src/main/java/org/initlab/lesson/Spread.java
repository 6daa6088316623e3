package org.initlab.lesson;

import java.util.Arrays;
import java.util.Locale;

/**
 * One figure measured over several seeds: the values, their median and their range. A single seed of a chaotic
 * run is not evidence; a lesson states a conclusion only when it holds over the whole range.
 *
 * @param values one value per seed, in seed order
 */
public record Spread(double[] values) {
    public Spread {
        if (values.length == 0) {
            throw new IllegalArgumentException("a spread needs at least one value");
        }
        values = values.clone();
    }

    /** The median (the mean of the two middle values for an even count); NaN values sort last. */
    public double median() {
        double[] s = values.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    /** The lowest of the seeds' values: the bottom of the range a conclusion must hold over. */
    public double min() {
        return Arrays.stream(values).min().orElseThrow();
    }

    /** The highest of the seeds' values: the top of the range a conclusion must hold over. */
    public double max() {
        return Arrays.stream(values).max().orElseThrow();
    }

    /** How many seeds. */
    public int count() {
        return values.length;
    }

    /** How many values satisfy {@code value > threshold}. */
    public int countAbove(double threshold) {
        return (int) Arrays.stream(values).filter(v -> v > threshold).count();
    }

    /** "83% (44–100%, 5 seeds)" for percentages of a fraction: median, then the range. */
    public String percent() {
        if (count() == 1) {
            return String.format(Locale.ROOT, "%.0f%%", 100 * values[0]);
        }
        return String.format(Locale.ROOT, "%.0f%% (%.0f–%.0f%%, %d seeds)", 100 * median(), 100 * min(), 100 * max(),
                count());
    }

    /** "1.01 (0.98–1.05, 5 seeds)": median and range, each with {@code format}. */
    public String format(String format) {
        if (count() == 1) {
            return String.format(Locale.ROOT, format, values[0]);
        }
        return String.format(Locale.ROOT, format + " (" + format + "–" + format + ", %d seeds)", median(), min(), max(),
                count());
    }
}
