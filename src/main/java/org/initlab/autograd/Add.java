package org.initlab.autograd;

import org.ejml.data.DMatrixRMaj;

/** Elementwise sum C = A + B of two matrices of one shape. Local derivatives: dA = dC, dB = dC. */
public final class Add {
    private Add() {
    }

    /** A + B as a new tensor (a, b not modified; same shape); its backward adds dC into both dA and dB. */
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
