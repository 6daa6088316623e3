package org.initlab.autograd;

import org.ejml.data.DMatrixRMaj;

/** Elementwise (Hadamard) product C = A ⊙ B. Local derivatives: dA = dC ⊙ B, dB = dC ⊙ A. */
public final class Multiply {
    private Multiply() {
    }

    /** A ⊙ B as a new tensor (a, b not modified; same shape); backward: dA += dC ⊙ B, dB += dC ⊙ A. */
    public static Tensor apply(Tensor a, Tensor b) {
        Shapes.requireSame("multiply", "left", a.value(), "right", b.value());
        double[] x = a.value().data;
        double[] y = b.value().data;
        int n = a.value().getNumElements();
        DMatrixRMaj c = new DMatrixRMaj(a.rows(), a.cols());
        for (int i = 0; i < n; i++) {
            c.data[i] = x[i] * y[i];
        }
        return Tensor.result(c, dC -> {
            if (a.requiresGrad()) {
                double[] dA = a.gradToAddInto().data;
                for (int i = 0; i < n; i++) {
                    dA[i] += dC.data[i] * y[i];
                }
            }
            if (b.requiresGrad()) {
                double[] dB = b.gradToAddInto().data;
                for (int i = 0; i < n; i++) {
                    dB[i] += dC.data[i] * x[i];
                }
            }
        }, a, b);
    }
}
