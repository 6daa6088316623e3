package org.initlab.diagnostics;

import java.util.List;

/**
 * Histograms of several arrays (one per layer) on one common range, so that layers can be compared at a glance.
 * Non-finite values, and values beyond ±{@value #LARGEST} (an overflowing network's), are left out of the counts.
 *
 * @param low    the left edge of the first bin
 * @param high   the right edge of the last bin
 * @param counts counts[layer][bin]
 */
public record Histograms(double low, double high, long[][] counts) {
    /** Values with |v| above this (an overflowing network's) are left out of the counts, like NaN and ±Inf. */
    public static final double LARGEST = 1e100;

    private static boolean counted(double v) {
        return Double.isFinite(v) && Math.abs(v) <= LARGEST;
    }

    /** {@code bins} equal bins over the finite range of all the arrays (a unit range around a single value). */
    public static Histograms of(List<double[]> arrays, int bins) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] values : arrays) {
            for (double v : values) {
                if (counted(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (!(hi > lo)) {
            lo = Double.isFinite(lo) ? lo - 0.5 : -0.5;
            hi = lo + 1;
        }
        double width = (hi - lo) / bins;
        long[][] counts = new long[arrays.size()][bins];
        for (int l = 0; l < arrays.size(); l++) {
            for (double v : arrays.get(l)) {
                if (counted(v)) {
                    counts[l][(int) Math.min(bins - 1, Math.floor((v - lo) / width))]++;
                }
            }
        }
        return new Histograms(lo, hi, counts);
    }

    /** The left edge of bin b (b = bins gives the right edge of the last bin, exactly {@link #high}). */
    public double edge(int b) {
        int bins = counts[0].length;
        return b == bins ? high : low + b * (high - low) / bins;
    }
}
