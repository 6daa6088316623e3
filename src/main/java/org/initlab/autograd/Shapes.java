package org.initlab.autograd;

import org.ejml.data.DMatrixRMaj;

/** Shape checks whose messages name the shapes, e.g. "matmul: left is 32×784 but right is 100×10". */
public final class Shapes {
    private Shapes() {
    }

    /** "rows×cols" of a matrix. */
    public static String of(DMatrixRMaj m) {
        return m.numRows + "×" + m.numCols;
    }

    static void requireSame(String op, String leftName, DMatrixRMaj left, String rightName, DMatrixRMaj right) {
        if (left.numRows != right.numRows || left.numCols != right.numCols) {
            throw new IllegalArgumentException(op + ": " + leftName + " is " + of(left) + " but " + rightName
                    + " is " + of(right) + "; they must have the same shape");
        }
    }

    static void requirePositive(String op, int rows, int cols) {
        if (rows <= 0 || cols <= 0) {
            throw new IllegalArgumentException(op + ": shape " + rows + "×" + cols
                    + " must have rows > 0 and cols > 0");
        }
    }
}
