package org.initlab.autograd;

import org.ejml.data.DMatrixRMaj;

/** Elementwise sum C = A + B of two matrices of one shape. Local derivatives: dA = dC, dB = dC. */
public final class Add {
    private Add() {
    }

    /** Applies the op to its inputs (not modified); see the class comment for the forward and backward rules. */
    public static Tensor apply(Tensor a, Tensor b) {
        Shapes.requireSame("add", "left", a.value(), "right", b.value());
        DMatrixRMaj c = new DMatrixRMaj(a.rows(), a.cols());
        Elementwise.combine(a.value(), 1.0, b.value(), 1.0, c);
        return Tensor.result(c, dC -> {
            Elementwise.addScaled(dC, 1.0, a);
            Elementwise.addScaled(dC, 1.0, b);
        }, a, b);
    }
}
