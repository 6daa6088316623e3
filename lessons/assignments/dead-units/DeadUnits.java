import org.initlab.diagnostics.LayerStatistic;

/**
 * Assignment D: the fraction of dead units of a layer on a batch — units whose activation is exactly 0 for every
 * example. A dead ReLU unit passes no gradient, so it never learns again.
 *
 * Layout: a holds rows examples × units units, row-major: a[i * units + j] is unit j on example i (a unit is a column).
 * Do not change a. Do not call LayerStats: the point is to write it yourself.
 *
 * Self-check:
 *   javac -cp target/initlab.jar -d work/classes work/dead-units/DeadUnits.java
 *   INITLAB_CLASSPATH=work/classes ./initlab check-statistic DeadUnits
 */
public class DeadUnits implements LayerStatistic {
    @Override
    public double measure(double[] a, int rows, int units) {
        // TODO 1: for each unit (column), decide whether it is 0 in every example (row)
        // TODO 2: return the dead units as a fraction of all units, between 0 and 1
        return 0;
    }

    @Override
    public String name() {
        return "dead-units";
    }
}
