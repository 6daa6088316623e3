package org.initlab.autograd;

import org.ejml.data.DMatrixRMaj;
import org.initlab.activation.Activation;

/** Elementwise activation A = φ(Z). Local derivative: dZ = dA ⊙ φ'(Z). */
public final class Activate {
    private Activate() {
    }

    /** φ(Z) as a new tensor (z not modified); backward: dZ += dA ⊙ φ'(Z). */
    public static Tensor apply(Tensor z, Activation activation) {
        return apply(z, activation, null, null);
    }

    /**
     * The same, writing A into {@code out} and its gradient into {@code gradOut} (both modified; the shape of z),
     * so that a layer can reuse its matrices from step to step; null: new matrices.
     */
    public static Tensor apply(Tensor z, Activation activation, DMatrixRMaj out, DMatrixRMaj gradOut) {
        DMatrixRMaj zv = z.value();
        int n = zv.getNumElements();
        DMatrixRMaj a = out != null ? Affine.checkShape(out, zv.numRows, zv.numCols) : new DMatrixRMaj(zv.numRows, zv.numCols);
        // a = φ(z), split over the threads for large matrices
        ParallelLoop.forRange(n, (from, to) -> activation.forward(zv.data, a.data, from, to));
        return Tensor.result(a, gradOut != null ? Affine.checkShape(gradOut, zv.numRows, zv.numCols) : null, dA -> {
            if (z.requiresGrad()) {
                // dZ += dA ⊙ φ'(z)
                double[] dZ = z.gradForAccumulation().data;
                ParallelLoop.forRange(n, (from, to) -> activation.backward(zv.data, a.data, dA.data, dZ, from, to));
            }
        }, z);
    }
}
