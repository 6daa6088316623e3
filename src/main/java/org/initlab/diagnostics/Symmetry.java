package org.initlab.diagnostics;

/**
 * How alike the units of a layer are: the direct measure of symmetry-breaking failure. Unit j of a layer is
 * described by its incoming weights (column j of the fanIn × fanOut matrix W) and its bias b[j].
 */
public final class Symmetry {
    private Symmetry() {
    }

    /**
     * The number of distinct units: units count as the same when every incoming weight and the bias differ by at
     * most {@code tolerance}·(1 + the largest |w|).
     */
    public static int distinctUnits(double[] w, double[] bias, int fanIn, int fanOut, double tolerance) {
        double scale = 1;
        for (int i = 0; i < fanIn * fanOut; i++) {
            scale = Math.max(scale, 1 + Math.abs(w[i]));
        }
        double tol = tolerance * scale;
        int[] representatives = new int[fanOut];
        int count = 0;
        for (int j = 0; j < fanOut; j++) {
            boolean seen = false;
            for (int r = 0; r < count && !seen; r++) {
                seen = same(w, bias, fanIn, fanOut, j, representatives[r], tol);
            }
            if (!seen) {
                representatives[count++] = j;
            }
        }
        return count;
    }

    private static boolean same(double[] w, double[] bias, int fanIn, int fanOut, int a, int b, double tol) {
        if (Math.abs(bias[a] - bias[b]) > tol) {
            return false;
        }
        for (int i = 0; i < fanIn; i++) {
            if (Math.abs(w[i * fanOut + a] - w[i * fanOut + b]) > tol) {
                return false;
            }
        }
        return true;
    }

    /**
     * The mean cosine similarity over pairs of units' incoming weight vectors (at most the first 128 units).
     * Two zero vectors count as identical (1); a zero and a non-zero vector as 0. Random init gives about 0;
     * symmetric init gives exactly 1.
     */
    public static double meanCosine(double[] w, int fanIn, int fanOut) {
        int units = Math.min(fanOut, 128);
        if (units < 2) {
            return 1;
        }
        double[] norms = new double[units];
        for (int j = 0; j < units; j++) {
            double s = 0;
            for (int i = 0; i < fanIn; i++) {
                s += w[i * fanOut + j] * w[i * fanOut + j];
            }
            norms[j] = Math.sqrt(s);
        }
        double total = 0;
        int pairs = 0;
        for (int a = 0; a < units; a++) {
            for (int b = a + 1; b < units; b++) {
                double cos;
                if (norms[a] == 0 || norms[b] == 0) {
                    cos = norms[a] == norms[b] ? 1 : 0;
                } else {
                    double dot = 0;
                    for (int i = 0; i < fanIn; i++) {
                        dot += w[i * fanOut + a] * w[i * fanOut + b];
                    }
                    cos = dot / (norms[a] * norms[b]);
                }
                total += cos;
                pairs++;
            }
        }
        return total / pairs;
    }
}
