package org.initlab.autograd;

import org.ejml.data.DMatrixRMaj;

/**
 * Adds a bias row to every row (broadcast): C[i][j] = X[i][j] + b[0][j], with X n×m and b 1×m.
 * Local derivatives: dX = dC, db[0][j] = Σᵢ dC[i][j] (the bias is used n times, so its gradient sums).
 */
public final class AddBias {
    private AddBias() {
    }

    /** X + b broadcast over the rows, as a new tensor (x, bias not modified; bias 1 × x.cols). */
    public static Tensor apply(Tensor x, Tensor bias) {
        DMatrixRMaj xv = x.value();
        DMatrixRMaj bv = bias.value();
        if (bv.numRows != 1 || bv.numCols != xv.numCols) {
            throw new IllegalArgumentException("addBias: input is " + Shapes.of(xv) + " but bias is "
                    + Shapes.of(bv) + "; the bias must be 1×" + xv.numCols);
        }
        int rows = xv.numRows;
        int cols = xv.numCols;
        DMatrixRMaj c = new DMatrixRMaj(rows, cols);
        for (int i = 0; i < rows; i++) {
            int offset = i * cols;
            for (int j = 0; j < cols; j++) {
                c.data[offset + j] = xv.data[offset + j] + bv.data[j];
            }
        }
        return Tensor.result(c, dC -> {
            Elementwise.addScaled(dC, 1.0, x);
            if (bias.requiresGrad()) {
                double[] db = bias.gradToAddInto().data;
                for (int i = 0; i < rows; i++) {
                    int offset = i * cols;
                    for (int j = 0; j < cols; j++) {
                        db[j] += dC.data[offset + j];
                    }
                }
            }
        }, x, bias);
    }
}
