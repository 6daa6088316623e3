package org.initlab.nn;

import org.initlab.activation.Activation;
import org.initlab.autograd.Tensor;
import org.initlab.fast.Affine;
import org.initlab.fast.LayerBuffers;
import org.initlab.fast.ParallelActivate;

/**
 * A dense layer on {@code org.initlab.fast}: the fused {@link Affine} (products on OpenBLAS where it loads) and
 * {@link ParallelActivate}, writing z, a and their gradients into {@link LayerBuffers} kept from one pass to the next
 * of the same batch size, when asked to.
 */
public final class FastPath implements LayerPath {
    /** null when every pass gets new matrices. */
    private final LayerBuffers buffers;

    /** For a layer of {@code units} units; {@code reuseMatrices}: keep z and a between passes (no allocation). */
    public FastPath(int units, boolean reuseMatrices) {
        this.buffers = reuseMatrices ? new LayerBuffers(units) : null;
    }

    @Override
    public Tensor affine(Tensor x, Tensor w, Tensor b) {
        return buffers != null ? buffers.affine(x, w, b) : Affine.apply(x, w, b);
    }

    @Override
    public Tensor activate(Tensor z, Activation activation) {
        return buffers != null ? buffers.activate(z, activation) : ParallelActivate.apply(z, activation, null, null);
    }
}
