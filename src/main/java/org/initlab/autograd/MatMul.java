package org.initlab.autograd;

import org.ejml.data.DMatrixRMaj;

/**
 * Matrix product C = A·B.
 *
 * <p>Local derivatives: dA = dC·Bᵀ and dB = Aᵀ·dC. The products go through {@link Kernels}, which avoids EJML's
 * slow {@code multTransB} by transposing B first.
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
        Kernels.mult(left, right, c);
        return Tensor.result(c, dC -> {
            if (a.requiresGrad()) {
                // dA += dC·Bᵀ
                Kernels.multAddTransB(dC, right, a.gradForAccumulation());
            }
            if (b.requiresGrad()) {
                // dB += Aᵀ·dC
                Kernels.multAddTransA(left, dC, b.gradForAccumulation());
            }
        }, a, b);
    }
}
