package org.initlab.autograd;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Matrix product C = A·B.
 *
 * <p>Local derivatives: dA = dC·Bᵀ and dB = Aᵀ·dC. The products are EJML's; a dense layer in training computes the
 * same numbers (to rounding) on the fast path, {@code org.initlab.fast.Affine}, where OpenBLAS does the products.
 */
public final class MatMul {
    private MatMul() {
    }

    /**
     * A·B as a new tensor (a, b not modified); a.cols must equal b.rows. Backward: dA += dC·Bᵀ, dB += Aᵀ·dC.
     */
    public static Tensor apply(Tensor a, Tensor b) {
        DMatrixRMaj left = a.value();
        DMatrixRMaj right = b.value();
        if (left.numCols != right.numRows) {
            throw new IllegalArgumentException("matmul: left is " + Shapes.of(left) + " but right is "
                    + Shapes.of(right) + "; left.cols must equal right.rows");
        }
        // C = A·B
        DMatrixRMaj c = new DMatrixRMaj(left.numRows, right.numCols);
        CommonOps_DDRM.mult(left, right, c);
        return Tensor.result(c, dC -> {
            if (a.requiresGrad()) {
                // dA += dC·Bᵀ
                CommonOps_DDRM.multAddTransB(dC, right, a.gradToAddInto());
            }
            if (b.requiresGrad()) {
                // dB += Aᵀ·dC
                CommonOps_DDRM.multAddTransA(left, dC, b.gradToAddInto());
            }
        }, a, b);
    }
}
