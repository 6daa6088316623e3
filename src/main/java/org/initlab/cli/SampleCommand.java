package org.initlab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.random.RandomGenerator;
import org.initlab.init.DataDependent;
import org.initlab.init.Initializer;
import org.initlab.io.MemoryBudget;
import org.initlab.io.OutputFolder;
import org.initlab.random.RandomStreams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Draws weights from an initializer and compares the sample with the formula. */
@Command(name = "sample",
        description = "Draw weights from an initializer; print their statistics beside the formula's.")
final class SampleCommand implements Callable<Integer> {
    @Parameters(paramLabel = "INIT",
            description = "initializer, e.g. he-normal or normal:std=0.01 (see 'initlab inits')")
    String init;

    @Option(names = "--fan-in", required = true, paramLabel = "N", description = "inputs of the layer (rows)")
    int fanIn;

    @Option(names = "--fan-out", required = true, paramLabel = "M", description = "units of the layer (columns)")
    int fanOut;

    @Option(names = "--count", paramLabel = "K", description = "how many weights (default: one fanIn × fanOut matrix)")
    Integer count;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", paramLabel = "FILE.csv", description = "write the weights as a one-column CSV (header w)")
    Path out;

    @Mixin
    InitParamOptions params;

    @Override
    public Integer call() throws IOException {
        if (fanIn <= 0 || fanOut <= 0) {
            throw new IllegalArgumentException("--fan-in and --fan-out must be positive, got " + fanIn
                    + " and " + fanOut);
        }
        int matrix = MemoryBudget.arrayLength(fanIn, fanOut, "one --fan-in × --fan-out matrix");
        if (count != null && count <= 0) {
            throw new IllegalArgumentException("--count must be positive, got " + count);
        }
        int k = count != null ? count : matrix;
        if (out != null && out.toString().isBlank()) {
            throw new IllegalArgumentException("--out is empty; give a file name such as --out weights.csv");
        }
        MemoryBudget.requireDoubles((long) k + (count != null ? matrix : 0), k + " weights"
                + (count != null ? " (and one " + fanIn + " × " + fanOut + " matrix to draw them from)" : ""));
        Initializer initializer = params.resolve(init);
        double[] w = draw(initializer, k);
        if (out != null) {
            writeCsv(w);
        }
        printSummary(initializer, w);
        return 0;
    }

    /** k weights from as many fanIn × fanOut matrices as needed, all from one stream of the seed. */
    private double[] draw(Initializer initializer, int k) {
        RandomGenerator random = RandomStreams.of(seed, "weights", 0);
        double[] w = new double[k];
        double[] matrix = new double[fanIn * fanOut];
        for (long filled = 0; filled < k; filled += matrix.length) {
            initializer.fill(matrix, fanIn, fanOut, random);
            System.arraycopy(matrix, 0, w, (int) filled, (int) Math.min(matrix.length, k - filled));
        }
        return w;
    }

    private void writeCsv(double[] w) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            OutputFolder.prepare(parent);
        }
        if (Files.isDirectory(out)) {
            throw new IllegalArgumentException("--out " + out + " is a folder; give a file name such as weights.csv");
        }
        OutputFolder.writeText(out, writer -> {
            writer.write("w\n");
            for (double v : w) {
                writer.write(Double.toString(v));
                writer.write('\n');
            }
        });
    }

    private void printSummary(Initializer initializer, double[] w) {
        double mean = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : w) {
            mean += v;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        mean /= w.length;
        double sq = 0;
        for (double v : w) {
            sq += (v - mean) * (v - mean);
        }
        double std = Math.sqrt(sq / w.length);
        System.out.printf(Locale.ROOT, "%s: %s  (fanIn %d, fanOut %d, %d weights, seed %d)%n", initializer.name(),
                initializer.describe(), fanIn, fanOut, w.length, seed);
        if (initializer instanceof DataDependent) {
            System.out.println("  (data-dependent: these are its pre-initialization weights; "
                    + "the data step rescales them)");
        }
        System.out.printf(Locale.ROOT, "  %-8s %12s %12s%n", "", "sample", "formula");
        System.out.printf(Locale.ROOT, "  %-8s %12.6g %12s%n", "mean", mean,
                fmt(initializer.expectedMean(fanIn, fanOut)));
        System.out.printf(Locale.ROOT, "  %-8s %12.6g %12s%n", "std", std, fmt(initializer.expectedStd(fanIn, fanOut)));
        double bound = initializer.bound(fanIn, fanOut);
        System.out.printf(Locale.ROOT, "  %-8s %12.6g %12s%n", "min", min,
                Double.isFinite(bound) ? fmt(initializer.expectedMean(fanIn, fanOut) - bound) : "unbounded");
        System.out.printf(Locale.ROOT, "  %-8s %12.6g %12s%n", "max", max,
                Double.isFinite(bound) ? fmt(initializer.expectedMean(fanIn, fanOut) + bound) : "unbounded");
        if (out != null) {
            System.out.println("  weights written to " + out);
        }
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.6g", v);
    }
}
