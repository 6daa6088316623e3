package org.initlab.autograd;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/** Transpose C = Aᵀ. Local derivative: dA = dCᵀ. */
public final class Transpose {
    private Transpose() {
    }

    /** Aᵀ as a new tensor (a not modified); its backward adds dCᵀ into dA. */
    public static Tensor apply(Tensor a) {
        // C = Aᵀ
        DMatrixRMaj c = CommonOps_DDRM.transpose(a.value(), null);
        return Tensor.result(c, dC -> {
            if (a.requiresGrad()) {
                DMatrixRMaj dA = a.gradToAddInto();
                int rows = dA.numRows;
                int cols = dA.numCols;
                for (int i = 0; i < rows; i++) {
                    for (int j = 0; j < cols; j++) {
                        dA.data[i * cols + j] += dC.data[j * rows + i];
                    }
                }
            }
        }, a);
    }
}
