package org.initlab.check;

import java.util.Locale;

/**
 * The likely mistake behind a failed initializer criterion, read from the numbers: each rule compares what was
 * measured with what a known mistake would give, and says the mistake in a student's words ("" when none fits).
 */
final class InitializerHints {
    /** How close a measured ratio must be to a mistake's ratio to name that mistake (relative). */
    private static final double CLOSE = 0.1;

    private InitializerHints() {
    }

    static boolean allZero(double[] w) {
        for (double v : w) {
            if (v != 0) {
                return false;
            }
        }
        return true;
    }

    static final String INTEGER_DIVISION = "every weight is 0: an integer division? In Java 2 / fanIn is 0 as soon as "
            + "fanIn > 2 — write 2.0 / fanIn";

    static String determinism(boolean sameForSameSeed, boolean allZero) {
        if (allZero) {
            return INTEGER_DIVISION;
        }
        if (!sameForSameSeed) {
            return "draw every number from the random you are given: no new Random(), Math.random() or generator "
                    + "kept in a field, or the seed no longer fixes the weights";
        }
        return "the weights do not depend on the random you are given: a generator seeded with a constant "
                + "(new Random(42)) inside fill?";
    }

    static String duplicates(boolean rows, boolean columns, boolean allZero) {
        if (allZero) {
            return INTEGER_DIVISION;
        }
        if (columns) {
            return "two units get the same incoming weights, so they compute the same thing and receive the same "
                    + "gradient forever (the symmetry of lesson 3): "
                    + "draw a new number for every entry, inside both loops";
        }
        return "every input gets the same outgoing weights: are the numbers drawn once per column and reused for every "
                + "row, or a new generator with the same seed made per row? Index row-major: weights[i * fanOut + j]";
    }

    static String mean(double worstZ, double expectedMean) {
        if (expectedMean == 0 && worstZ > 0.3) {
            return String.format(Locale.ROOT, "the weights are not centered on 0 (off by %.2f standard deviations): "
                    + "nextDouble() is in [0, 1) — a uniform on (−b, b) is b·(2·nextDouble() − 1)", worstZ);
        }
        return "";
    }

    /**
     * Compares the measured/expected variance ratio on every shape with what a known mistake gives: std² = expected
     * variance (the square root forgotten), 0 (integer division), fanIn/fanOut (fanOut used for fanIn) or its
     * inverse, and a constant factor (1/3: a uniform's bound taken as √v; 1/2 or 2: the gain).
     */
    static String variance(int[][] shapes, double[] measured, double[] expected) {
        boolean zero = true;
        boolean sqrtForgotten = true;
        boolean usedFanOut = true;
        boolean usedFanIn = true;
        boolean constant = true;
        double first = measured[0] / expected[0];
        for (int k = 0; k < shapes.length; k++) {
            double ratio = measured[k] / expected[k];
            double fanInOverFanOut = (double) shapes[k][0] / shapes[k][1];
            zero &= measured[k] == 0;
            sqrtForgotten &= close(Math.sqrt(measured[k]), expected[k]);
            usedFanOut &= close(ratio, fanInOverFanOut);
            usedFanIn &= close(ratio, 1 / fanInOverFanOut);
            constant &= close(ratio, first);
        }
        if (zero) {
            return INTEGER_DIVISION;
        }
        if (sqrtForgotten) {
            return "the weights' std equals the expected variance: the square root is missing — std = √(variance), "
                    + "e.g. Math.sqrt(2.0 / fanIn)";
        }
        if (usedFanOut) {
            return "the variance follows 1/fanOut where it should follow 1/fanIn (ratio fanIn/fanOut on every "
                    + "shape, 1 on the square one): divide by fanIn, the number of inputs (rows)";
        }
        if (usedFanIn) {
            return "the variance follows 1/fanIn where it should follow 1/fanOut: divide by fanOut, the number of "
                    + "units (columns)";
        }
        if (constant && close(first, 1.0 / 3)) {
            return "a third of the variance on every shape: a uniform U(−b, b) has variance b²/3, so b = √(3v), not √v";
        }
        if (constant && close(first, 3)) {
            return "three times the variance on every shape: "
                    + "a uniform U(−b, b) has variance b²/3 — was b²/3 forgotten?";
        }
        if (constant) {
            return String.format(Locale.ROOT, "the same factor %.3g on every shape: the fans are right, a constant is "
                    + "wrong (the gain, or the 2 of He's 2/fanIn?)", first);
        }
        return "";
    }

    /** Kurtosis ≈ 1.8 where the reference has 3: a uniform drawn for a normal (and the other way round). */
    static String shape(double kurtosis, double referenceKurtosis) {
        if (Math.abs(kurtosis - 1.8) < 0.15 && Math.abs(referenceKurtosis - 3) < 0.3) {
            return String.format(Locale.ROOT, "kurtosis %.2f where a normal has 3.0 and a uniform 1.8: you drew a "
                    + "uniform (nextDouble) where a normal was asked for — use nextGaussian()", kurtosis);
        }
        if (Math.abs(kurtosis - 3) < 0.3 && Math.abs(referenceKurtosis - 1.8) < 0.15) {
            return String.format(Locale.ROOT,
                    "kurtosis %.2f where a uniform has 1.8 and a normal 3.0: you drew a normal "
                    + "(nextGaussian) where a uniform was asked for — use b·(2·nextDouble() − 1)", kurtosis);
        }
        if (Math.abs(kurtosis - referenceKurtosis) < 0.3) {
            return String.format(Locale.ROOT,
                    "the kind of distribution is right (kurtosis %.2f, the reference's %.2f); the "
                    + "test compares whole distributions, so a wrong spread fails it too: fix the variance first",
                    kurtosis, referenceKurtosis);
        }
        return "";
    }

    private static boolean close(double value, double target) {
        return Math.abs(value - target) <= CLOSE * Math.abs(target);
    }
}
