package org.initlab.nn;

import org.initlab.activation.Activation;
import org.initlab.autograd.Tensor;

/** A dense layer on the autograd ops as a student reads them: MatMul, AddBias, Activate; a new matrix each. */
public final class PlainPath implements LayerPath {
    @Override
    public Tensor affine(Tensor x, Tensor w, Tensor b) {
        return x.matmul(w).add(b);
    }

    @Override
    public Tensor activate(Tensor z, Activation activation) {
        return z.activate(activation);
    }
}
