package org.initlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.initlab.fast.ArithmeticRestored;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.Test;

/** One real timing (the cheapest workload), checked for the shape of its line and the arithmetic of its rate. */
@ExtendWith(ArithmeticRestored.class)
class BenchOutputTest {

    @Test
    void aTsvLineHoldsMedianMinMaxAndTheRateOfTheMedian() {
        CliTestSupport.Run r = CliTestSupport.run("bench", "--workloads", "matmul-128x784x256", "--repeats", "3",
                "--format", "tsv", "--backend", "java");
        assertThat(r.status()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("# arithmetic: EJML (pure Java)");
        String[] f = lines.get(1).split("\t");
        assertThat(f).hasSize(7);
        assertThat(f[0]).isEqualTo("matmul-128x784x256");
        assertThat(f[1]).isEqualTo("1");
        assertThat(f[2]).isEqualTo("float64");
        double median = Double.parseDouble(f[3]);
        double min = Double.parseDouble(f[4]);
        double max = Double.parseDouble(f[5]);
        assertThat(min).isPositive().isLessThanOrEqualTo(median);
        assertThat(max).isGreaterThanOrEqualTo(median).as("one product takes well under 10 s").isLessThan(10_000);
        assertThat(f[6]).startsWith("product (").endsWith(" GFLOP/s)");
        double rate = Double.parseDouble(f[6].substring("product (".length(), f[6].length() - " GFLOP/s)".length()));
        // 2·128·784·256 floating-point operations per product, in the median time
        assertThat(rate).isCloseTo(2.0 * 128 * 784 * 256 / (median * 1e6), within(0.051 + 0.0001 * rate));
    }

    /**
     * Every workload but the Fashion-MNIST epoch, once each (a few seconds in all): one line per workload in the
     * order asked, each with the unit of its work (a matmul also gives its rate), after the table's header.
     */
    @Test
    void eachWorkloadIsTimedOnceInTheOrderAskedWithItsUnit() {
        CliTestSupport.Run r = CliTestSupport.run("bench", "--workloads",
                "probe,deep-narrow,deep-narrow-relu,wide,matmul-512,lab-probe", "--repeats", "1");
        assertThat(r.status()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(8);
        assertThat(lines.get(0)).startsWith("arithmetic: ");
        assertThat(lines.get(1).split(" +")).containsExactly("workload", "median", "ms", "min", "ms", "max", "ms",
                "unit");
        List<String> names = lines.subList(2, 8).stream().map(l -> l.split(" +")[0]).toList();
        assertThat(names).containsExactly("probe", "deep-narrow", "deep-narrow-relu", "wide", "matmul-512",
                "lab-probe");
        // a line is "%-20s %10.4f %10.4f %10.4f  %s": the unit starts at column 55
        List<String> units = lines.subList(2, 8).stream().map(l -> l.substring(55)).toList();
        assertThat(units.get(0)).isEqualTo("forward pass");
        assertThat(units.subList(1, 4)).containsOnly("step");
        assertThat(units.get(4)).matches("product \\(\\d+\\.\\d GFLOP/s\\)");
        assertThat(units.get(5)).isEqualTo("lab update (20×256 tanh, batch 500)");
        for (String line : lines.subList(2, 8)) {
            String[] f = line.split(" +");
            // with one repeat the median, the minimum and the maximum are the same timing
            assertThat(f[1]).isEqualTo(f[2]).isEqualTo(f[3]);
            assertThat(Double.parseDouble(f[1])).isPositive();
        }
    }
}
