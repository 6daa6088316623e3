package org.initlab.autograd;

import org.ejml.data.DMatrixRMaj;

/** Multiplication by a number: C = s·A. Local derivative: dA = s·dC. */
public final class Scale {
    private Scale() {
    }

    /** s·A as a new tensor (a not modified); backward: dA += s·dC. */
    public static Tensor apply(Tensor a, double s) {
        DMatrixRMaj c = new DMatrixRMaj(a.rows(), a.cols());
        Elementwise.combine(a.value(), s, a.value(), 0.0, c);
        return Tensor.result(c, dC -> Elementwise.addScaled(dC, s, a), a);
    }
}
