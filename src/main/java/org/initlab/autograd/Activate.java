package org.initlab.autograd;

import org.ejml.data.DMatrixRMaj;
import org.initlab.activation.Activation;

/** Elementwise activation A = φ(Z). Local derivative: dZ = dA ⊙ φ'(Z). */
public final class Activate {
    private Activate() {
    }

    /** φ(Z) as a new tensor (z not modified); backward: dZ += dA ⊙ φ'(Z). */
    public static Tensor apply(Tensor z, Activation activation) {
        DMatrixRMaj zv = z.value();
        int n = zv.getNumElements();
        // a = φ(z)
        DMatrixRMaj a = new DMatrixRMaj(zv.numRows, zv.numCols);
        activation.forward(zv.data, a.data, 0, n);
        return Tensor.result(a, dA -> {
            if (z.requiresGrad()) {
                // dZ += dA ⊙ φ'(z)
                activation.backward(zv.data, a.data, dA.data, z.gradToAddInto().data, 0, n);
            }
        }, z);
    }
}
