package org.initlab.autograd;

import org.ejml.data.DMatrixRMaj;

/**
 * The backward rule of an op written on EJML matrices ({@link Tensor#fromMatrixOp}): given dL/d(output), add each
 * parent's share into {@code parent.gradToAddInto()}. {@link MatMul}'s is
 * <pre>{@code
 * dC -> {
 *     if (a.requiresGrad()) CommonOps_DDRM.multAddTransB(dC, b.value(), a.gradToAddInto());   // dA += dC·Bᵀ
 *     if (b.requiresGrad()) CommonOps_DDRM.multAddTransA(a.value(), dC, b.gradToAddInto());   // dB += Aᵀ·dC
 * }
 * }</pre>
 * For a rule written with the tensor ops instead, see {@link Backward}.
 */
@FunctionalInterface
public interface MatrixBackward {
    /** @param outputGrad dL/d(output) of the op (not modified) */
    void backward(DMatrixRMaj outputGrad);
}
