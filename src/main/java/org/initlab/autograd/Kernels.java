package org.initlab.autograd;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The matrix products the engine uses, in one place so that the fastest path can be chosen behind the ops.
 * Each method writes only into its last argument.
 */
final class Kernels {
    private Kernels() {
    }

    /** c = a·b (c modified). */
    static void mult(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) {
        CommonOps_DDRM.mult(a, b, c);
    }

    /** c += aᵀ·b (c modified). */
    static void multAddTransA(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) {
        CommonOps_DDRM.multAddTransA(a, b, c);
    }

    /** c += a·bᵀ (c modified): b is transposed first, since EJML's multTransB is about 2.5× slower. */
    static void multAddTransB(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) {
        DMatrixRMaj bt = CommonOps_DDRM.transpose(b, null);
        CommonOps_DDRM.multAdd(a, bt, c);
    }
}
