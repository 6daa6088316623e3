package org.initlab.diagnostics;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.SingularOps_DDRM;

/**
 * How alike the units of a layer are: the direct measure of symmetry-breaking failure. Unit j of a layer is
 * described by its incoming weights (column j of the fanIn × fanOut matrix W) and its bias b[j].
 */
public final class Symmetry {
    private Symmetry() {
    }

    /**
     * The default relative tolerance of {@link #directions}: a direction counts when it is at least 1/1000 of the
     * strongest.
     */
    public static final double DIRECTION_TOLERANCE = 1e-3;

    /**
     * The effective number of different directions among the layer's units: the numerical rank of the
     * (fanIn + 1) × fanOut matrix whose column j holds unit j's incoming weights and its bias, i.e. the number of
     * singular values σᵢ ≥ {@code tolerance}·σ_max (0 when every weight and bias is 0). Units that are copies of
     * each other, or differ only by a tiny perturbation, add no direction: 32 units that all point the same way
     * count 1, however many of their weights differ in the 9th digit. A random layer has min(fanIn + 1, fanOut).
     */
    public static int directions(double[] w, double[] bias, int fanIn, int fanOut, double tolerance) {
        DMatrixRMaj units = new DMatrixRMaj(fanIn + 1, fanOut);
        System.arraycopy(w, 0, units.data, 0, fanIn * fanOut);
        System.arraycopy(bias, 0, units.data, fanIn * fanOut, fanOut);
        for (double v : units.data) {
            if (!Double.isFinite(v)) {
                return fanOut;
            }
        }
        double[] sigma = SingularOps_DDRM.singularValues(units);
        double largest = 0;
        for (double s : sigma) {
            largest = Math.max(largest, s);
        }
        int count = 0;
        for (double s : sigma) {
            count += largest > 0 && s >= tolerance * largest ? 1 : 0;
        }
        return count;
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
