package solutions;

import org.initlab.diagnostics.LayerStatistic;

/**
 * The reference answer to assignment D (lessons/assignments/dead-units): the fraction of all-zero columns. Test tree
 * only.
 */
public final class DeadUnits implements LayerStatistic {
    @Override
    public double measure(double[] a, int rows, int units) {
        int dead = 0;
        for (int j = 0; j < units; j++) {
            boolean zero = true;
            for (int i = 0; i < rows; i++) {
                zero &= a[i * units + j] == 0;
            }
            dead += zero ? 1 : 0;
        }
        return (double) dead / units;
    }
}
