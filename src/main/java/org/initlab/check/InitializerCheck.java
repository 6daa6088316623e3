package org.initlab.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.apache.commons.statistics.inference.KolmogorovSmirnovTest;
import org.initlab.init.Initializer;

/**
 * Checks a student's initializer against the built-in one it claims to implement, over several layer shapes and
 * seeds: it must write its matrix with finite numbers, be deterministic for a seed (and differ between seeds), give
 * different rows and columns, and match the reference's mean, variance, bounds and distribution shape (two-sample
 * Kolmogorov–Smirnov test). Means and variances are judged within five standard errors of the sample.
 *
 * <p>Array contract, as in training: {@code fill} gets an array of exactly fanIn·fanOut entries (no spare room), so a
 * loop over {@code weights.length} and one over {@code fanIn * fanOut} are the same. Every criterion runs even when
 * an earlier one fails; a failure names the likely mistake where one fits ({@link InitializerHints}).
 */
public final class InitializerCheck {
    /** Layer shapes (fanIn, fanOut) checked: tall, wide and square, so that fan-in and fan-out differ. */
    static final int[][] SHAPES = {{256, 128}, {100, 300}, {64, 64}};
    static final long[] SEEDS = {1, 2, 3};
    /** The smallest p-value accepted by the distribution-shape test. */
    static final double MIN_P_VALUE = 1e-3;
    /** The criteria, in the order they run. */
    public static final List<String> CRITERIA = List.of("writes its matrix with finite values",
            "deterministic for a seed", "rows and columns differ", "mean", "variance", "bounds", "distribution shape");

    private InitializerCheck() {
    }

    /** Every criterion with its verdict, numbers and hint, run in this JVM. */
    public static List<Criterion> check(Initializer student, Initializer reference) {
        return Step.runAll(steps(reference), student);
    }

    /** The criteria as steps, for a grader that runs them one at a time (in a child JVM, with a time limit each). */
    public static List<Step<Initializer>> steps(Initializer reference) {
        return List.of(new Step<>(CRITERIA.get(0), InitializerCheck::finite),
                new Step<>(CRITERIA.get(1), s -> determinism(s, reference)),
                new Step<>(CRITERIA.get(2), s -> distinctRowsAndColumns(s, reference)),
                new Step<>(CRITERIA.get(3), s -> mean(s, reference)),
                new Step<>(CRITERIA.get(4), s -> variance(s, reference)),
                new Step<>(CRITERIA.get(5), s -> bounds(s, reference)),
                new Step<>(CRITERIA.get(6), s -> shape(s, reference)));
    }

    /**
     * fanIn·fanOut weights from {@code init} with a fresh generator seeded {@code seed}, in an array of exactly that
     * size.
     */
    static double[] draw(Initializer init, int fanIn, int fanOut, long seed) {
        double[] w = new double[fanIn * fanOut];
        init.fill(w, fanIn, fanOut, new SplittableRandom(seed));
        return w;
    }

    private static Outcome finite(Initializer student) {
        for (int[] s : SHAPES) {
            double[] w = new double[s[0] * s[1]];
            Arrays.fill(w, Double.NaN);
            student.fill(w, s[0], s[1], new SplittableRandom(1));
            for (int i = 0; i < w.length; i++) {
                if (!Double.isFinite(w[i])) {
                    return Outcome.fail("entry " + i + " (row " + i / s[1] + ", column " + i % s[1] + ") of a "
                            + s[0] + "×" + s[1] + " matrix is " + w[i]
                            + (Double.isNaN(w[i]) ? " (never written, or 0/0)" : ""),
                            i > 0 && Double.isNaN(w[i]) ? "the loop stops early: it must write all fanIn·fanOut entries"
                                    + " (rows × columns, not rows + columns or only one row)" : "");
                }
            }
        }
        return Outcome.pass("every entry of 3 shapes is written and finite");
    }

    private static Outcome determinism(Initializer student, Initializer reference) {
        int[] s = SHAPES[0];
        double[] first = draw(student, s[0], s[1], 7);
        boolean same = Arrays.equals(first, draw(student, s[0], s[1], 7));
        boolean referenceVaries = differ(draw(reference, s[0], s[1], 7), draw(reference, s[0], s[1], 8));
        boolean varies = differ(first, draw(student, s[0], s[1], 8));
        String detail = "same seed → " + (same ? "same weights" : "DIFFERENT weights")
                + "; other seed → " + (varies ? "other weights" : "the SAME weights")
                + (referenceVaries ? "" : " (the reference draws no random numbers)");
        return Outcome.of(same && (varies || !referenceVaries), detail,
                InitializerHints.determinism(same, InitializerHints.allZero(first)));
    }

    /** Whether two arrays differ as numbers (so +0.0 and −0.0 count as equal, unlike {@link Arrays#equals}). */
    static boolean differ(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i] && !(Double.isNaN(a[i]) && Double.isNaN(b[i]))) {
                return true;
            }
        }
        return false;
    }

    private static Outcome distinctRowsAndColumns(Initializer student, Initializer reference) {
        int[] s = SHAPES[0];
        double[] ref = draw(reference, s[0], s[1], SEEDS[0]);
        if (Duplicates.rows(ref, s[0], s[1]) != null || Duplicates.columns(ref, s[0], s[1]) != null) {
            return Outcome.pass("the reference repeats rows or columns itself: nothing to check");
        }
        double[] w = draw(student, s[0], s[1], SEEDS[0]);
        int[] rows = Duplicates.rows(w, s[0], s[1]);
        int[] cols = Duplicates.columns(w, s[0], s[1]);
        if (rows == null && cols == null) {
            return Outcome.pass("all 256 rows and all 128 columns of a 256×128 matrix differ");
        }
        String detail = (rows != null ? "rows " + rows[0] + " and " + rows[1] + " are identical" : "")
                + (rows != null && cols != null ? "; " : "")
                + (cols != null ? "columns (units) " + cols[0] + " and " + cols[1] + " are identical" : "");
        return Outcome.fail(detail, InitializerHints.duplicates(rows != null, cols != null,
                InitializerHints.allZero(w)));
    }

    private static Outcome mean(Initializer student, Initializer reference) {
        List<String> notes = new ArrayList<>();
        double worstZ = 0;
        for (int[] s : SHAPES) {
            for (long seed : SEEDS) {
                double[] w = draw(student, s[0], s[1], seed);
                double expected = expectedMean(reference, s);
                double[] mom = moments(w);
                double tolerance = 5 * Math.max(Math.sqrt(mom[1]), 1e-300) / Math.sqrt(w.length) + 1e-12;
                if (!(Math.abs(mom[0] - expected) <= tolerance)) {
                    worstZ = Math.max(worstZ, Math.abs(mom[0] - expected) / Math.sqrt(Math.max(mom[1], 1e-300)));
                    notes.add(String.format(Locale.ROOT, "%d×%d seed %d: mean %.4g, expected %.4g ± %.2g", s[0], s[1],
                            seed, mom[0], expected, tolerance));
                }
            }
        }
        return notes.isEmpty()
                ? Outcome.pass("within 5 standard errors of the reference's mean for every shape and seed")
                : Outcome.fail(String.join("; ", notes),
                        InitializerHints.mean(worstZ, expectedMean(reference, SHAPES[0])));
    }

    private static Outcome variance(Initializer student, Initializer reference) {
        List<String> notes = new ArrayList<>();
        List<String> ratios = new ArrayList<>();
        double[] measured = new double[SHAPES.length];
        double[] expected = new double[SHAPES.length];
        for (int k = 0; k < SHAPES.length; k++) {
            int[] s = SHAPES[k];
            double[] w = draw(student, s[0], s[1], SEEDS[0]);
            double[] mom = moments(w);
            measured[k] = mom[1];
            expected[k] = expectedVariance(reference, s);
            double se = Math.sqrt(Math.max(mom[2] - mom[1] * mom[1], 0) / w.length);
            double ratio = expected[k] == 0 ? (mom[1] == 0 ? 1 : Double.POSITIVE_INFINITY) : mom[1] / expected[k];
            ratios.add(String.format(Locale.ROOT, "%d×%d: %.3f", s[0], s[1], ratio));
            if (!(Math.abs(mom[1] - expected[k]) <= 5 * se + 1e-15 * (1 + expected[k]))) {
                notes.add(String.format(Locale.ROOT, "%d×%d: variance %.4g, expected %.4g (ratio %.3f)", s[0], s[1],
                        mom[1], expected[k], ratio));
            }
        }
        return notes.isEmpty() ? Outcome.pass("sample/reference variance " + String.join(", ", ratios))
                : Outcome.fail(String.join("; ", notes), InitializerHints.variance(SHAPES, measured, expected));
    }

    private static Outcome bounds(Initializer student, Initializer reference) {
        if (!Double.isFinite(reference.bound(SHAPES[0][0], SHAPES[0][1]))) {
            return Outcome.pass("the reference is unbounded: nothing to check");
        }
        List<String> notes = new ArrayList<>();
        for (int[] s : SHAPES) {
            double bound = reference.bound(s[0], s[1]);
            double center = reference.expectedMean(s[0], s[1]);
            double worst = 0;
            for (double v : draw(student, s[0], s[1], SEEDS[0])) {
                worst = Math.max(worst, Math.abs(v - (Double.isFinite(center) ? center : 0)));
            }
            if (worst > bound * (1 + 1e-9) + 1e-300) {
                notes.add(String.format(Locale.ROOT, "%d×%d: |w − mean| reaches %.4g, bound %.4g", s[0], s[1], worst,
                        bound));
            }
        }
        return notes.isEmpty() ? Outcome.pass("every weight within the reference's bound")
                : Outcome.fail(String.join("; ", notes),
                        "the bound of a uniform U(−b, b) with variance v is b = √(3v)");
    }

    private static Outcome shape(Initializer student, Initializer reference) {
        List<String> notes = new ArrayList<>();
        boolean passed = true;
        double kurtosis = Double.NaN;
        double referenceKurtosis = Double.NaN;
        for (int[] s : SHAPES) {
            double[] a = draw(student, s[0], s[1], SEEDS[0]);
            double[] b = draw(reference, s[0], s[1], SEEDS[0] + 1000);
            if (moments(b)[1] == 0) {
                boolean equal = !differ(a, draw(reference, s[0], s[1], SEEDS[0]));
                passed &= equal;
                notes.add(s[0] + "×" + s[1]
                        + (equal ? ": identical to the reference" : ": differs from the reference"));
                continue;
            }
            double d = KolmogorovSmirnovTest.withDefaults().statistic(a, b);
            double n = (double) a.length * b.length / (a.length + b.length);
            double p = kolmogorovTail(Math.sqrt(n) * d);
            passed &= p >= MIN_P_VALUE;
            kurtosis = kurtosis(a);
            referenceKurtosis = kurtosis(b);
            notes.add(String.format(Locale.ROOT, "%d×%d: D = %.4f, p = %.3g", s[0], s[1], d, p));
        }
        String detail = "two-sample Kolmogorov–Smirnov, p ≥ " + MIN_P_VALUE + ": " + String.join("; ", notes)
                + (Double.isNaN(kurtosis) ? ""
                        : String.format(Locale.ROOT, "; kurtosis %.2f (reference %.2f)", kurtosis, referenceKurtosis));
        return Outcome.of(passed, detail, InitializerHints.shape(kurtosis, referenceKurtosis));
    }

    /** P(K &gt; λ) of the Kolmogorov distribution: 2 Σ (−1)^(j−1) e^(−2j²λ²) (asymptotic p-value). */
    static double kolmogorovTail(double lambda) {
        if (lambda < 0.2) {
            return 1;
        }
        double sum = 0;
        for (int j = 1; j <= 100; j++) {
            double term = Math.exp(-2.0 * j * j * lambda * lambda);
            sum += (j % 2 == 1 ? term : -term);
            if (term < 1e-16) {
                break;
            }
        }
        return Math.min(1, Math.max(0, 2 * sum));
    }

    private static double expectedMean(Initializer reference, int[] s) {
        double m = reference.expectedMean(s[0], s[1]);
        return Double.isFinite(m) ? m : moments(draw(reference, s[0], s[1], 99))[0];
    }

    private static double expectedVariance(Initializer reference, int[] s) {
        double std = reference.expectedStd(s[0], s[1]);
        return Double.isFinite(std) ? std * std : moments(draw(reference, s[0], s[1], 99))[1];
    }

    /** E[(w − mean)⁴] / Var(w)²: 3 for a normal, 1.8 for a uniform (NaN for constant weights). */
    static double kurtosis(double[] w) {
        double[] m = moments(w);
        return m[1] == 0 ? Double.NaN : m[2] / (m[1] * m[1]);
    }

    /** {mean, variance, fourth central moment}. */
    static double[] moments(double[] w) {
        double m = 0;
        for (double v : w) {
            m += v;
        }
        m /= w.length;
        double m2 = 0;
        double m4 = 0;
        for (double v : w) {
            double d = (v - m) * (v - m);
            m2 += d;
            m4 += d * d;
        }
        return new double[] {m, m2 / w.length, m4 / w.length};
    }
}
