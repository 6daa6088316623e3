package org.initlab.autograd;

import org.ejml.data.DMatrixRMaj;

/** Sum of all entries, s = Σ A[i][j], a 1×1 tensor. Local derivative: dA[i][j] = ds. */
public final class Sum {
    private Sum() {
    }

    /** Σ A[i][j] as a 1×1 tensor (a not modified); backward adds ds to every entry of dA. */
    public static Tensor apply(Tensor a) {
        return scaledSum(a, 1.0);
    }

    /** s = factor · Σ A[i][j]; dA[i][j] = factor · ds. Shared with {@link Mean}. */
    static Tensor scaledSum(Tensor a, double factor) {
        DMatrixRMaj av = a.value();
        int n = av.getNumElements();
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += av.data[i];
        }
        DMatrixRMaj s = new DMatrixRMaj(1, 1);
        s.data[0] = factor * total;
        return Tensor.result(s, ds -> {
            if (a.requiresGrad()) {
                double g = factor * ds.data[0];
                double[] dA = a.gradToAddInto().data;
                for (int i = 0; i < n; i++) {
                    dA[i] += g;
                }
            }
        }, a);
    }
}
