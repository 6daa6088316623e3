package org.initlab.check;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** Finds two identical rows or columns of a row-major matrix (+0.0 and −0.0 count as equal). */
final class Duplicates {
    private Duplicates() {
    }

    /** The indices {i, k} of the first two identical rows of the rows × cols matrix w, or null when all differ. */
    static int[] rows(double[] w, int rows, int cols) {
        Map<Key, Integer> seen = new HashMap<>();
        for (int i = 0; i < rows; i++) {
            double[] row = new double[cols];
            for (int j = 0; j < cols; j++) {
                row[j] = w[i * cols + j] + 0.0; // −0.0 + 0.0 is +0.0
            }
            Integer before = seen.putIfAbsent(new Key(row), i);
            if (before != null) {
                return new int[] {before, i};
            }
        }
        return null;
    }

    /** The indices {j, k} of the first two identical columns, or null when all differ. */
    static int[] columns(double[] w, int rows, int cols) {
        Map<Key, Integer> seen = new HashMap<>();
        for (int j = 0; j < cols; j++) {
            double[] col = new double[rows];
            for (int i = 0; i < rows; i++) {
                col[i] = w[i * cols + j] + 0.0;
            }
            Integer before = seen.putIfAbsent(new Key(col), j);
            if (before != null) {
                return new int[] {before, j};
            }
        }
        return null;
    }

    private record Key(double[] values) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(values, k.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }
    }
}
