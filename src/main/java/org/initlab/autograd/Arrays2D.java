package org.initlab.autograd;

import org.ejml.data.DMatrixRMaj;

/**
 * Conversions between {@code double[][]} (one array per row) and EJML matrices, with messages that name the bad row.
 */
final class Arrays2D {
    private Arrays2D() {
    }

    /** A new matrix holding a copy of {@code rows} (not modified); every row must have the same, positive length. */
    static DMatrixRMaj toMatrix(String op, double[][] rows) {
        if (rows.length == 0 || rows[0].length == 0) {
            throw new IllegalArgumentException(op + ": needs at least one row and one column, got "
                    + rows.length + " rows" + (rows.length == 0 ? "" : " of " + rows[0].length + " numbers"));
        }
        for (int i = 1; i < rows.length; i++) {
            if (rows[i].length != rows[0].length) {
                throw new IllegalArgumentException(op + ": row " + i + " has " + rows[i].length
                        + " numbers but row 0 has " + rows[0].length + "; every row needs the same number");
            }
        }
        return new DMatrixRMaj(rows);
    }

    /** A new {@code double[rows][cols]} copy of m (not modified). */
    static double[][] toArray(DMatrixRMaj m) {
        double[][] rows = new double[m.numRows][m.numCols];
        for (int i = 0; i < m.numRows; i++) {
            System.arraycopy(m.data, i * m.numCols, rows[i], 0, m.numCols);
        }
        return rows;
    }

    /** Throws, naming the tensor's shape, unless 0 ≤ row &lt; rows and 0 ≤ col &lt; cols. */
    static void requireInside(String op, DMatrixRMaj m, int row, int col) {
        if (row < 0 || row >= m.numRows || col < 0 || col >= m.numCols) {
            throw new IndexOutOfBoundsException(op + ": entry (" + row + ", " + col + ") is outside this "
                    + Shapes.of(m) + " tensor; rows run 0.." + (m.numRows - 1) + " and cols 0.." + (m.numCols - 1));
        }
    }
}
