package org.initlab.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Common-range histograms of several layers, counted by hand. */
class HistogramsTest {
    @Test
    void binsSpanTheCommonRangeAndTheTopValueFallsInTheLastBin() {
        Histograms h = Histograms.of(List.of(new double[] {0, 1, 2, 3}, new double[] {3, 3, 1.5}), 3);
        assertThat(h.low()).isEqualTo(0.0);
        assertThat(h.high()).isEqualTo(3.0);
        assertThat(h.counts()[0]).containsExactly(1, 1, 2);
        assertThat(h.counts()[1]).containsExactly(0, 1, 2);
        assertThat(h.edge(0)).isEqualTo(0.0);
        assertThat(h.edge(1)).isEqualTo(1.0);
        assertThat(h.edge(2)).isEqualTo(2.0);
        assertThat(h.edge(3)).isEqualTo(3.0);
    }

    @Test
    void nonFiniteAndOverflowingValuesAreLeftOut() {
        Histograms h = Histograms.of(List.of(new double[] {Double.NaN, -2, Double.POSITIVE_INFINITY, 1e101, 2,
                -1e101, Double.NEGATIVE_INFINITY}), 4);
        assertThat(h.low()).isEqualTo(-2.0);
        assertThat(h.high()).isEqualTo(2.0);
        assertThat(h.counts()[0]).containsExactly(1, 0, 0, 1);
        Histograms edge = Histograms.of(List.of(new double[] {-Histograms.LARGEST, Histograms.LARGEST}), 2);
        assertThat(edge.counts()[0]).as("exactly ±1e100 still counts").containsExactly(1, 1);
    }

    @Test
    void aSingleValueGetsAUnitRangeAroundIt() {
        Histograms h = Histograms.of(List.of(new double[] {2, 2}), 4);
        assertThat(h.low()).isEqualTo(1.5);
        assertThat(h.high()).isEqualTo(2.5);
        assertThat(h.counts()[0]).containsExactly(0, 0, 2, 0);
        assertThat(h.edge(1)).isEqualTo(1.75);
    }

    @Test
    void nothingCountableGivesEmptyBinsAroundZero() {
        Histograms h = Histograms.of(List.of(new double[] {Double.NaN}, new double[0]), 2);
        assertThat(h.low()).isEqualTo(-0.5);
        assertThat(h.high()).isEqualTo(0.5);
        assertThat(h.counts()[0]).containsExactly(0, 0);
        assertThat(h.counts()[1]).containsExactly(0, 0);
    }
}
