package org.initlab.diagnostics;

/**
 * One number that describes a layer's activations on a batch, e.g. the fraction of dead units. Write your own to look
 * at a network from a new angle (assignment D of lessons/TEACHING.md).
 *
 * <p>Layout: {@code a} holds a batch of {@code rows} examples × {@code units} units, row-major, exactly
 * rows·units entries: the activation of unit j on example i is {@code a[i * units + j]}, so a unit is a column.
 */
@FunctionalInterface
public interface LayerStatistic {
    /** The statistic of the activations {@code a} (not modified), rows × units, row-major. */
    double measure(double[] a, int rows, int units);

    /** The name used in reports. */
    default String name() {
        return getClass().getName();
    }
}
