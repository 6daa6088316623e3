package org.initlab.diagnostics;

/** Summary statistics of an array: mean, std (population), min, max, and the L2 norm. */
public record Stats(double mean, double std, double min, double max, double norm) {
    /** Statistics of the first n entries of values. */
    public static Stats of(double[] values, int n) {
        if (n == 0) {
            return new Stats(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
        }
        double sum = 0;
        double sumSquares = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double v = values[i];
            sum += v;
            sumSquares += v * v;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double mean = sum / n;
        double variance = 0;
        for (int i = 0; i < n; i++) {
            variance += (values[i] - mean) * (values[i] - mean);
        }
        return new Stats(mean, Math.sqrt(variance / n), min, max, Math.sqrt(sumSquares));
    }

    /** Returns the of for the given arguments (see the class comment). */
    public static Stats of(double[] values) {
        return of(values, values.length);
    }
}
