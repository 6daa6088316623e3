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
 * seeds: it must write exactly its matrix with finite numbers, be deterministic for a seed (and differ between
 * seeds), and match the reference's mean, variance, bounds and distribution shape (two-sample Kolmogorov–Smirnov
 * test). Means and variances are judged within five standard errors of the sample.
 */
public final class InitializerCheck {
    /** Layer shapes (fanIn, fanOut) checked: tall, wide and square, so that fan-in and fan-out differ. */
    static final int[][] SHAPES = {{256, 128}, {100, 300}, {64, 64}};
    static final long[] SEEDS = {1, 2, 3};
    /** The smallest p-value accepted by the distribution-shape test. */
    static final double MIN_P_VALUE = 1e-3;

    private InitializerCheck() {
    }

    /** Every criterion with its verdict and numbers. */
    public static List<Criterion> check(Initializer student, Initializer reference) {
        List<Criterion> out = new ArrayList<>();
        Criterion safe = safety(student);
        out.add(safe);
        if (!safe.passed()) {
            return out;
        }
        out.add(determinism(student, reference));
        out.add(mean(student, reference));
        out.add(variance(student, reference));
        out.add(bounds(student, reference));
        out.add(shape(student, reference));
        return out;
    }

    static double[] draw(Initializer init, int fanIn, int fanOut, long seed) {
        double[] w = new double[fanIn * fanOut];
        init.fill(w, fanIn, fanOut, new SplittableRandom(seed));
        return w;
    }

    private static Criterion safety(Initializer student) {
        for (int[] s : SHAPES) {
            double[] w = new double[s[0] * s[1] + 16];
            Arrays.fill(w, Double.NaN);
            try {
                student.fill(w, s[0], s[1], new SplittableRandom(1));
            } catch (RuntimeException e) {
                return new Criterion("writes only its matrix, finite values", false, "fill(" + s[0] + "×" + s[1]
                        + ") threw " + e);
            }
            for (int i = 0; i < s[0] * s[1]; i++) {
                if (!Double.isFinite(w[i])) {
                    return new Criterion("writes only its matrix, finite values", false, "entry " + i + " of a " + s[0]
                            + "×" + s[1] + " matrix is " + w[i] + " (not written, or not finite)");
                }
            }
            for (int i = s[0] * s[1]; i < w.length; i++) {
                if (!Double.isNaN(w[i])) {
                    return new Criterion("writes only its matrix, finite values", false, "it wrote past the end of a "
                            + s[0] + "×" + s[1] + " matrix (index " + i + ")");
                }
            }
        }
        return new Criterion("writes only its matrix, finite values", true, "every entry of 3 shapes is finite; "
                + "nothing written past the end");
    }

    private static Criterion determinism(Initializer student, Initializer reference) {
        int[] s = SHAPES[0];
        boolean same = Arrays.equals(draw(student, s[0], s[1], 7), draw(student, s[0], s[1], 7));
        boolean referenceVaries = !Arrays.equals(draw(reference, s[0], s[1], 7), draw(reference, s[0], s[1], 8));
        boolean varies = !Arrays.equals(draw(student, s[0], s[1], 7), draw(student, s[0], s[1], 8));
        boolean passed = same && (varies || !referenceVaries);
        String detail = "same seed → " + (same ? "same weights" : "DIFFERENT weights (does it use its own random source?)")
                + "; other seed → " + (varies ? "other weights" : "the SAME weights")
                + (referenceVaries ? "" : " (the reference draws no random numbers)");
        return new Criterion("deterministic for a seed", passed, detail);
    }

    private static Criterion mean(Initializer student, Initializer reference) {
        List<String> notes = new ArrayList<>();
        boolean passed = true;
        for (int[] s : SHAPES) {
            for (long seed : SEEDS) {
                double[] w = draw(student, s[0], s[1], seed);
                double expected = expectedMean(reference, s);
                double std = Math.max(Math.sqrt(moments(w)[1]), 1e-300);
                double m = moments(w)[0];
                double tolerance = 5 * std / Math.sqrt(w.length) + 1e-12;
                if (Math.abs(m - expected) > tolerance) {
                    passed = false;
                    notes.add(String.format(Locale.ROOT, "%d×%d seed %d: mean %.4g, expected %.4g ± %.2g", s[0], s[1],
                            seed, m, expected, tolerance));
                }
            }
        }
        return new Criterion("mean", passed, passed ? "within 5 standard errors of the reference's mean for every shape "
                + "and seed" : String.join("; ", notes));
    }

    private static Criterion variance(Initializer student, Initializer reference) {
        List<String> notes = new ArrayList<>();
        List<String> ratios = new ArrayList<>();
        boolean passed = true;
        for (int[] s : SHAPES) {
            double[] w = draw(student, s[0], s[1], SEEDS[0]);
            double[] mom = moments(w);
            double expected = expectedVariance(reference, s);
            double se = Math.sqrt(Math.max(mom[2] - mom[1] * mom[1], 0) / w.length);
            double ratio = expected == 0 ? (mom[1] == 0 ? 1 : Double.POSITIVE_INFINITY) : mom[1] / expected;
            ratios.add(String.format(Locale.ROOT, "%d×%d: %.3f", s[0], s[1], ratio));
            if (Math.abs(mom[1] - expected) > 5 * se + 1e-15 * (1 + expected)) {
                passed = false;
                notes.add(String.format(Locale.ROOT, "%d×%d: variance %.4g, expected %.4g (ratio %.3f)", s[0], s[1],
                        mom[1], expected, ratio));
            }
        }
        return new Criterion("variance", passed, passed ? "sample/reference variance " + String.join(", ", ratios)
                : String.join("; ", notes));
    }

    private static Criterion bounds(Initializer student, Initializer reference) {
        boolean passed = true;
        List<String> notes = new ArrayList<>();
        for (int[] s : SHAPES) {
            double bound = reference.bound(s[0], s[1]);
            if (!Double.isFinite(bound)) {
                continue;
            }
            double center = reference.expectedMean(s[0], s[1]);
            double worst = 0;
            for (double v : draw(student, s[0], s[1], SEEDS[0])) {
                worst = Math.max(worst, Math.abs(v - (Double.isFinite(center) ? center : 0)));
            }
            if (worst > bound * (1 + 1e-9) + 1e-300) {
                passed = false;
                notes.add(String.format(Locale.ROOT, "%d×%d: |w − mean| reaches %.4g, bound %.4g", s[0], s[1], worst, bound));
            }
        }
        if (!Double.isFinite(reference.bound(SHAPES[0][0], SHAPES[0][1]))) {
            return new Criterion("bounds", true, "the reference is unbounded: nothing to check");
        }
        return new Criterion("bounds", passed, passed ? "every weight within the reference's bound" : String.join("; ", notes));
    }

    private static Criterion shape(Initializer student, Initializer reference) {
        List<String> notes = new ArrayList<>();
        boolean passed = true;
        for (int[] s : SHAPES) {
            double[] a = draw(student, s[0], s[1], SEEDS[0]);
            double[] b = draw(reference, s[0], s[1], SEEDS[0] + 1000);
            if (moments(b)[1] == 0) {
                boolean equal = Arrays.equals(a, draw(reference, s[0], s[1], SEEDS[0]));
                passed &= equal;
                notes.add(s[0] + "×" + s[1] + (equal ? ": identical to the reference" : ": differs from the reference"));
                continue;
            }
            double d = KolmogorovSmirnovTest.withDefaults().statistic(a, b);
            double n = (double) a.length * b.length / (a.length + b.length);
            double p = kolmogorovTail(Math.sqrt(n) * d);
            passed &= p >= MIN_P_VALUE;
            notes.add(String.format(Locale.ROOT, "%d×%d: D = %.4f, p = %.3g", s[0], s[1], d, p));
        }
        return new Criterion("distribution shape (two-sample Kolmogorov–Smirnov, p ≥ " + MIN_P_VALUE + ")", passed,
                String.join("; ", notes));
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
