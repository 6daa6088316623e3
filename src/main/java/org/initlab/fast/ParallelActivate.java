package org.initlab.fast;

import org.ejml.data.DMatrixRMaj;
import org.initlab.activation.Activation;
import org.initlab.autograd.Tensor;

/**
 * A = φ(Z) elementwise, like the plain {@code autograd.Activate} (same numbers bit for bit: each element runs the same
 * code), with large matrices split over {@link Kernels#threads()} threads and A written into a matrix the layer keeps.
 * Backward: dZ += dA ⊙ φ'(Z).
 */
public final class ParallelActivate {
    private ParallelActivate() {
    }

    /**
     * φ(z) written into {@code out} (modified; z's shape; null: a new matrix), its gradient stored in {@code gradOut}
     * (modified; z's shape; null: a new matrix). z is not modified.
     */
    public static Tensor apply(Tensor z, Activation activation, DMatrixRMaj out, DMatrixRMaj gradOut) {
        DMatrixRMaj zv = z.value();
        int n = zv.getNumElements();
        DMatrixRMaj a = out != null ? Affine.checkShape(out, zv.numRows, zv.numCols)
                : new DMatrixRMaj(zv.numRows, zv.numCols);
        ParallelLoop.forRange(n, (from, to) -> activation.forward(zv.data, a.data, from, to));
        DMatrixRMaj gradStorage = gradOut != null ? Affine.checkShape(gradOut, zv.numRows, zv.numCols) : null;
        return Tensor.fromMatrixOp(a, gradStorage, dA -> {
            if (z.requiresGrad()) {
                double[] dZ = z.gradToAddInto().data;
                ParallelLoop.forRange(n, (from, to) -> activation.backward(zv.data, a.data, dA.data, dZ, from, to));
            }
        }, z);
    }
}
