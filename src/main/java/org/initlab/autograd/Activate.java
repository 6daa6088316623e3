package org.initlab.autograd;

import org.ejml.data.DMatrixRMaj;
import org.initlab.activation.Activation;

/** Elementwise activation A = φ(Z). Local derivative: dZ = dA ⊙ φ'(Z). */
public final class Activate {
    private Activate() {
    }

    public static Tensor apply(Tensor z, Activation activation) {
        DMatrixRMaj zv = z.value();
        int n = zv.getNumElements();
        DMatrixRMaj a = new DMatrixRMaj(zv.numRows, zv.numCols);
        activation.forward(zv.data, a.data, n);
        return Tensor.result(a, dA -> {
            if (z.requiresGrad()) {
                activation.backward(zv.data, a.data, dA.data, z.gradForAccumulation().data, n);
            }
        }, z);
    }
}
