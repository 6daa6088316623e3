package org.initlab.fast;

import org.ejml.data.DMatrixRMaj;
import org.initlab.autograd.Tensor;

/**
 * The affine map of a dense layer, Z = X·W + b, with the bias row b added to every row: one fused op, equal (to
 * rounding) to the plain ops {@code x.matmul(w).add(b)} but with a single pass over Z (the product is accumulated onto
 * the broadcast bias) and the products through {@link Kernels} (OpenBLAS where it loads).
 *
 * <p>Local derivatives: dX = dZ·Wᵀ, dW = Xᵀ·dZ, db = Σ over rows of dZ.
 */
public final class Affine {
    private Affine() {
    }

    /** X·W + b as a new tensor (x, w, b not modified; x.cols = w.rows, b is 1 × w.cols). */
    public static Tensor apply(Tensor x, Tensor w, Tensor b) {
        return apply(x, w, b, null, null);
    }

    /**
     * The same, writing Z into {@code out} and its gradient into {@code gradOut} (both modified; rows(x) × cols(w)),
     * so that a layer can reuse its matrices from step to step; null: new matrices.
     */
    public static Tensor apply(Tensor x, Tensor w, Tensor b, DMatrixRMaj out, DMatrixRMaj gradOut) {
        DMatrixRMaj xv = x.value();
        DMatrixRMaj wv = w.value();
        DMatrixRMaj bv = b.value();
        if (xv.numCols != wv.numRows) {
            throw new IllegalArgumentException("affine: input is " + shape(xv) + " but weights are " + shape(wv)
                    + "; input.cols must equal weights.rows");
        }
        if (bv.numRows != 1 || bv.numCols != wv.numCols) {
            throw new IllegalArgumentException("affine: weights are " + shape(wv) + " but bias is " + shape(bv)
                    + "; the bias must be 1×" + wv.numCols);
        }
        int rows = xv.numRows;
        int cols = wv.numCols;
        // Z = 1·bᵀ (every row the bias), then Z += X·W
        DMatrixRMaj z = out != null ? checkShape(out, rows, cols) : new DMatrixRMaj(rows, cols);
        for (int i = 0; i < rows; i++) {
            System.arraycopy(bv.data, 0, z.data, i * cols, cols);
        }
        Kernels.multAdd(xv, wv, z);
        return Tensor.fromMatrixOp(z, gradOut != null ? checkShape(gradOut, rows, cols) : null, dZ -> {
            if (x.requiresGrad()) {
                // dX += dZ·Wᵀ
                Kernels.multAddTransB(dZ, wv, x.gradToAddInto());
            }
            if (w.requiresGrad()) {
                // dW += Xᵀ·dZ
                Kernels.multAddTransA(xv, dZ, w.gradToAddInto());
            }
            if (b.requiresGrad()) {
                // db += column sums of dZ
                double[] db = b.gradToAddInto().data;
                for (int i = 0; i < rows; i++) {
                    int offset = i * cols;
                    for (int j = 0; j < cols; j++) {
                        db[j] += dZ.data[offset + j];
                    }
                }
            }
        }, x, w, b);
    }

    static DMatrixRMaj checkShape(DMatrixRMaj m, int rows, int cols) {
        if (m.numRows != rows || m.numCols != cols) {
            throw new IllegalArgumentException("output buffer is " + shape(m) + " but the result is " + rows + "×"
                    + cols);
        }
        return m;
    }

    static String shape(DMatrixRMaj m) {
        return m.numRows + "×" + m.numCols;
    }
}
