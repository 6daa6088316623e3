package org.initlab.autograd;

import org.ejml.data.DMatrixRMaj;

/**
 * The backward rule of an op written on EJML matrices ({@link Tensor#fromMatrixOp}), as every built-in op and the
 * fast path ({@code org.initlab.fast}) are: given dL/d(output), add each parent's share into
 * {@code parent.gradToAddInto()}, for the parents that take a gradient. Example, y = x² elementwise, dx += 2x ⊙ dy:
 * <pre>{@code
 * import org.ejml.data.DMatrixRMaj;
 * import org.initlab.autograd.Tensor;
 *
 * static Tensor square(Tensor x) {
 *     DMatrixRMaj xv = x.value();
 *     DMatrixRMaj y = new DMatrixRMaj(xv.numRows, xv.numCols);
 *     for (int i = 0; i < y.getNumElements(); i++) {
 *         y.data[i] = xv.data[i] * xv.data[i];
 *     }
 *     return Tensor.fromMatrixOp(y, null, dY -> {
 *         if (x.requiresGrad()) {
 *             double[] dX = x.gradToAddInto().data;
 *             for (int i = 0; i < dY.getNumElements(); i++) {
 *                 dX[i] += 2 * xv.data[i] * dY.data[i];
 *             }
 *         }
 *     }, x);
 * }
 * }</pre>
 * For a rule written with the tensor ops instead (slower, no EJML), see {@link Backward}.
 */
@FunctionalInterface
public interface MatrixBackward {
    /** @param outputGrad dL/d(output) of the op (not modified) */
    void backward(DMatrixRMaj outputGrad);
}
