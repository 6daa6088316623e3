package org.initlab.diagnostics;

/**
 * Summary statistics of an array: mean, std (population), min, max, and the L2 norm. The sums are taken on the
 * values divided by the largest |value|, so that values near the top of the double range (an exploding network's)
 * still give finite statistics; a NaN or ±Inf value gives NaN or infinite statistics.
 */
public record Stats(double mean, double std, double min, double max, double norm) {
    /** Statistics of the first n entries of values. */
    public static Stats of(double[] values, int n) {
        if (n == 0) {
            return new Stats(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double scale = 0;
        boolean nan = false;
        for (int i = 0; i < n; i++) {
            double v = values[i];
            nan |= Double.isNaN(v);
            min = Math.min(min, v);
            max = Math.max(max, v);
            scale = Math.max(scale, Math.abs(v));
        }
        if (nan || Double.isInfinite(scale)) {
            double bad = nan ? Double.NaN : Double.POSITIVE_INFINITY;
            return new Stats(nan ? Double.NaN : bad, bad, min, max, bad);
        }
        if (scale == 0) {
            return new Stats(0, 0, 0, 0, 0);
        }
        double sum = 0;
        double sumSquares = 0;
        for (int i = 0; i < n; i++) {
            double v = values[i] / scale;
            sum += v;
            sumSquares += v * v;
        }
        double mean = sum / n;
        double variance = 0;
        for (int i = 0; i < n; i++) {
            double d = values[i] / scale - mean;
            variance += d * d;
        }
        return new Stats(mean * scale, Math.sqrt(variance / n) * scale, min, max, Math.sqrt(sumSquares) * scale);
    }

    /** Statistics of every entry. */
    public static Stats of(double[] values) {
        return of(values, values.length);
    }
}
