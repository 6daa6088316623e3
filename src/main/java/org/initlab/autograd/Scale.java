package org.initlab.autograd;

import org.ejml.data.DMatrixRMaj;

/** Multiplication by a number: C = s·A. Local derivative: dA = s·dC. */
public final class Scale {
    private Scale() {
    }

    /** Applies the op to its inputs (not modified); see the class comment for the forward and backward rules. */
    public static Tensor apply(Tensor a, double s) {
        DMatrixRMaj c = new DMatrixRMaj(a.rows(), a.cols());
        Elementwise.combine(a.value(), s, a.value(), 0.0, c);
        return Tensor.result(c, dC -> Elementwise.addScaled(dC, s, a), a);
    }
}
